using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dashboard.Benchmarks;

/// <summary>
/// <c>--measure-html [app-executable]</c>: starts the built app on the 1,000,000-article database (ingestion off,
/// a free port, the repository root as working directory), GETs overview URLs several times and prints the first
/// HTML response's body size and time to first byte (median, p95). The generator's data ends at its fixed now, so
/// the views are frozen from/to windows ending there; "/" (the live last 24 h) is measured too.
/// </summary>
public static partial class OverviewHtmlMeasurement
{
    private const int Runs = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var app = args.Length > 0 ? args[0] : "/tmp/art-bench2/bin/Dashboard/release_linux-x64/Dashboard";
        if (!File.Exists(app)) { Console.Error.WriteLine($"measure-html: no app executable at {app}"); return 2; }
        var root = FindRepoRoot();
        var db = OverviewDataGenerator.Ensure(log: Console.Out);

        var start = new ProcessStartInfo(app, ["--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["Storage__DatabasePath"] = db.FullPath;
        start.Environment["Ingestion__Enabled"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningOn().Match(line) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"app: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseUrl = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Console.WriteLine($"app listening on {baseUrl}");
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            static string Iso(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ");
            var now = OverviewDataGenerator.Now;
            string Frozen(TimeSpan span) => $"/?from={Iso(now - span)}&to={Iso(now)}";
            string[] urls = [Frozen(TimeSpan.FromHours(24)), Frozen(TimeSpan.FromDays(7)), Frozen(TimeSpan.FromDays(30)), "/", "/?range=30d"];
            Console.WriteLine("| request | body bytes | TTFB median | TTFB p95 | full response median |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var url in urls)
            {
                long bytes = 0;
                var ttfb = new List<double>();
                var total = new List<double>();
                for (var i = 0; i < Runs + 2; i++) // two warm-up requests, not counted
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    var buffer = new byte[81920];
                    var first = await body.ReadAsync(buffer);
                    var firstByte = watch.Elapsed.TotalMilliseconds;
                    long size = first;
                    int n;
                    while ((n = await body.ReadAsync(buffer)) > 0) size += n;
                    var all = watch.Elapsed.TotalMilliseconds;
                    response.EnsureSuccessStatusCode();
                    if (i < 2) continue;
                    bytes = size;
                    ttfb.Add(firstByte);
                    total.Add(all);
                }
                Console.WriteLine($"| `{url}` | {bytes:N0} ({bytes / 1024.0:F1} KB) | {Percentile(ttfb, 0.5):F1} ms | {Percentile(ttfb, 0.95):F1} ms | {Percentile(total, 0.5):F1} ms |");
            }
            return 0;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Linear interpolation between closest ranks (as BenchmarkDotNet's percentiles).</summary>
    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    internal static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("measure-html: run from inside the repository (Dashboard.sln not found)");
    }

    [GeneratedRegex(@"Now listening on:\s*(\S+)")]
    private static partial Regex ListeningOn();
}
