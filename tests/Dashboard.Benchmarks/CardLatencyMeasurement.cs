using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks;

/// <summary>
/// <c>--measure-card-latency [app-executable]</c>: time from an ingestion commit on the server to the article's card
/// being in the overview's DOM in a real browser. The built app runs as its own process on an empty database with two
/// of its configured feeds pointed at a loopback feed server this program controls; the scheduler is off and each
/// refresh is triggered through <c>POST /api/feeds/{id}/refresh</c> (the production orchestrator), so items are
/// published on demand at irregular gaps. Commit times come from the app's Debug log line (wall clock, unix ms, right
/// after the transaction commits); card times from a MutationObserver in Debian's chromium recording
/// <c>performance.timeOrigin + performance.now()</c> when an element with <c>data-article-id</c> first appears.
/// Both clocks are this machine's. <c>--gaps MIN-MAX</c> sets the pause between refreshes in ms (default 200-2500:
/// bursty, often inside the 1 s render throttle; production polls news.google.com at most every 2 s per host).
/// </summary>
public static partial class CardLatencyMeasurement
{
    private const int WarmUpArticles = 6;
    private const int MeasuredArticles = 60;
    // Two of appsettings.json's feeds (topic us-china, shown by "/"), re-pointed at the loopback server.
    private static readonly string[] FeedIds = ["gn-us-china", "gn-us-outlets-china"];

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    // Records the first moment each card is in the DOM. Installed before any page script, so the prerendered cards
    // and every card Blazor inserts later are seen; callbacks run as microtasks right after the insertion.
    private const string ObserverScript = """
        (() => {
          const seen = window.__cardSeen = {};
          const note = node => {
            if (node.nodeType !== 1) return;
            const now = performance.timeOrigin + performance.now();
            const found = node.matches('[data-article-id]') ? [node] : [];
            found.push(...node.querySelectorAll('[data-article-id]'));
            for (const card of found) { const id = card.dataset.articleId; if (!(id in seen)) seen[id] = now; }
          };
          new MutationObserver(records => { for (const r of records) r.addedNodes.forEach(note); })
            .observe(document, { childList: true, subtree: true });
        })();
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var (minGap, maxGap) = (200, 2500);
        if (Array.IndexOf(args, "--gaps") is var g and >= 0)
        {
            if (g + 1 >= args.Length || args[g + 1].Split('-') is not [var lo, var hi] || !int.TryParse(lo, out minGap) || !int.TryParse(hi, out maxGap) || minGap > maxGap)
            { Console.Error.WriteLine("measure-card-latency: --gaps takes MIN-MAX in milliseconds, e.g. --gaps 2000-4000"); return 2; }
            args = [.. args[..g], .. args[(g + 2)..]];
        }
        var app = args.Length > 0 ? args[0] : DefaultAppExecutable();
        if (!File.Exists(app)) { Console.Error.WriteLine($"measure-card-latency: no app executable at {app}"); return 2; }
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium)) { Console.Error.WriteLine($"measure-card-latency: needs Debian's chromium at {chromium}"); return 2; }

        var dataDir = Directory.CreateTempSubdirectory("dashboard-latency-").FullName;
        await using var feeds = await FeedServer.StartAsync(FeedIds);
        var commits = new ConcurrentDictionary<long, double>();
        var start = new ProcessStartInfo(app, ["--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = OverviewHtmlMeasurement.FindRepoRoot(), RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DatabasePath"] = Path.Combine(dataDir, "latency.db");
        start.Environment["Ingestion__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Dashboard.Ingestion.FeedRefresher"] = "Debug";
        foreach (var feedId in FeedIds) start.Environment[$"Feeds__{FeedIndex(feedId)}__Url"] = feeds.Url(feedId);

        using var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            if (ListeningOn().Match(line) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
            if (CommitLine().Match(line) is { Success: true } c)
            {
                var at = double.Parse(c.Groups["ms"].Value, CultureInfo.InvariantCulture);
                foreach (var id in c.Groups["ids"].Value.Split(',')) commits[long.Parse(id, CultureInfo.InvariantCulture)] = at;
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"app: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseUrl = new Uri(await listening.Task.WaitAsync(TimeSpan.FromSeconds(60)));
            Console.WriteLine($"app listening on {baseUrl}; feeds on {feeds.BaseUrl}");
            using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium, Headless = true, Args = ChromiumFlags,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            await page.AddInitScriptAsync(ObserverScript);
            await page.GotoAsync(new Uri(baseUrl, "/").AbsoluteUri);
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");

            // Irregular gaps (some well under the 1 s render throttle, some above) and batches of 1–3 items, so the
            // samples include commits that find the throttle idle and commits that must wait for its quiet period.
            var random = new Random(20261122);
            var published = 0;
            while (published < WarmUpArticles + MeasuredArticles)
            {
                var feed = FeedIds[random.Next(FeedIds.Length)];
                var batch = Math.Min(random.Next(1, 4), WarmUpArticles + MeasuredArticles - published);
                feeds.Publish(feed, batch);
                published += batch;
                using var response = await http.PostAsync($"api/feeds/{feed}/refresh", null);
                response.EnsureSuccessStatusCode();
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(minGap, maxGap + 1)));
            }

            await Task.Delay(500); // the last commit's log line may still be on its way through stdout
            // Ids grow with each commit on the empty database: the first ones are the warm-up (JIT, first queries).
            var measured = commits.Keys.Order().Skip(WarmUpArticles).ToArray();
            var idsJson = JsonSerializer.Serialize(measured.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            try
            {
                await page.WaitForFunctionAsync($"() => {idsJson}.every(id => id in window.__cardSeen)", null, new() { Timeout = 15_000 });
            }
            catch (TimeoutException) { Console.Error.WriteLine("measure-card-latency: some committed cards never appeared"); }
            var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__cardSeen");

            var latencies = new List<double>();
            var missing = 0;
            foreach (var id in measured)
            {
                if (seen.TryGetValue(id.ToString(CultureInfo.InvariantCulture), out var at)) latencies.Add(at - commits[id]);
                else missing++;
            }
            Console.WriteLine($"gaps {minGap}-{maxGap} ms; published {published} articles ({WarmUpArticles} warm-up, not counted) in {commits.Count} committed; measured {latencies.Count}, missing {missing}");
            if (latencies.Count == 0) return 1;
            Console.WriteLine("| articles | p50 | p95 | max | min | mean |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Console.WriteLine($"| {latencies.Count} | {OverviewHtmlMeasurement.Percentile(latencies, 0.5):F0} ms | {OverviewHtmlMeasurement.Percentile(latencies, 0.95):F0} ms | " +
                $"{latencies.Max():F0} ms | {latencies.Min():F0} ms | {latencies.Average():F0} ms |");
            Console.WriteLine("all, sorted (ms): " + string.Join(' ', latencies.Order().Select(l => l.ToString("F0", CultureInfo.InvariantCulture))));
            return missing == 0 ? 0 : 1;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The app built next to this program (the referenced project's apphost is copied into our output).</summary>
    private static string DefaultAppExecutable() => Path.Combine(AppContext.BaseDirectory, "Dashboard");

    /// <summary>The feed's position in appsettings.json's Feeds list (configuration binds list entries by index).</summary>
    private static int FeedIndex(string feedId)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(OverviewHtmlMeasurement.FindRepoRoot(), "appsettings.json")));
        var ids = settings.RootElement.GetProperty("Feeds").EnumerateArray().Select(f => f.GetProperty("Id").GetString()).ToList();
        var index = ids.IndexOf(feedId);
        return index >= 0 ? index : throw new InvalidOperationException($"measure-card-latency: appsettings.json has no feed '{feedId}'");
    }

    [GeneratedRegex(@"Now listening on:\s*(\S+)")]
    private static partial Regex ListeningOn();

    [GeneratedRegex(@"committed articles (?<ids>[\d,]+) at unix ms (?<ms>[\d.]+)")]
    private static partial Regex CommitLine();

    /// <summary>Loopback RSS feeds whose items this program adds on demand (Google News-shaped titles, "Headline - Outlet").</summary>
    private sealed class FeedServer : IAsyncDisposable
    {
        private static readonly string[] Outlets = ["Reuters", "Xinhua", "The New York Times", "CGTN", "Bloomberg"];
        private readonly WebApplication _app;
        private readonly string _contentRoot;
        private readonly ConcurrentDictionary<string, List<string>> _items = new();
        private int _next;

        private FeedServer(WebApplication app, string contentRoot) => (_app, _contentRoot) = (app, contentRoot);

        public Uri BaseUrl { get; private set; } = null!;

        public static async Task<FeedServer> StartAsync(IEnumerable<string> feedIds)
        {
            // An empty content root: no appsettings.json may configure this server.
            var contentRoot = Directory.CreateTempSubdirectory("latency-feeds-").FullName;
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = contentRoot });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var server = new FeedServer(app, contentRoot);
            foreach (var id in feedIds) server._items[id] = [];
            app.MapGet("/feeds/{id}.xml", (string id) => server._items.TryGetValue(id, out var items)
                ? Results.Text(server.Rss(id, items), "application/rss+xml", Encoding.UTF8)
                : Results.NotFound());
            await app.StartAsync();
            server.BaseUrl = new Uri(app.Urls.First() + "/");
            return server;
        }

        public string Url(string feedId) => new Uri(BaseUrl, $"feeds/{feedId}.xml").AbsoluteUri;

        /// <summary>Adds <paramref name="count"/> items published now to the feed (the next fetch sees them).</summary>
        public void Publish(string feedId, int count)
        {
            var items = _items[feedId];
            lock (items)
                for (var i = 0; i < count; i++)
                {
                    var n = Interlocked.Increment(ref _next);
                    var outlet = Outlets[n % Outlets.Length];
                    items.Add($"""
                        <item><title>US-China latency probe {n} - {WebUtility.HtmlEncode(outlet)}</title>
                        <link>https://example.com/latency/{n}</link><guid isPermaLink="false">latency-{n}</guid>
                        <pubDate>{DateTimeOffset.UtcNow:R}</pubDate><description>Article {n} for the commit to card measurement.</description>
                        <source url="https://example.com">{WebUtility.HtmlEncode(outlet)}</source></item>
                        """);
                }
        }

        private string Rss(string feedId, List<string> items)
        {
            lock (items)
                return $"""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>{feedId}</title><link>{BaseUrl}</link><description>latency</description>
                    {string.Concat(Enumerable.Reverse(items))}
                    </channel></rss>
                    """;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            try { Directory.Delete(_contentRoot, recursive: true); } catch (IOException) { }
        }
    }
}
