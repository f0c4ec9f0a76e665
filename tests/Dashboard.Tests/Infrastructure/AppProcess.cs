using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// The built app started as its own process — the way an operator runs it — on a free loopback port.
/// Output is captured for assertions and for failure messages. Disposing kills it.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>The apphost the test build copies next to the tests (framework-dependent).</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "Dashboard");

    public Uri BaseUrl { get; private set; } = null!;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app with <paramref name="args"/> and waits until Kestrel reports its address.</summary>
    public static Task<AppProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment,
        params string[] args) => StartExecutableAsync(Executable, workingDirectory, environment, args);

    /// <summary>Starts the app on a given port, e.g. again on the port of one that was stopped (a restart).</summary>
    public static Task<AppProcess> StartOnPortAsync(int port, string workingDirectory, IReadOnlyDictionary<string, string> environment,
        params string[] args) => StartExecutableAsync(Executable, workingDirectory, environment, args, port);

    /// <summary>Starts another build of the app, e.g. a published one.</summary>
    public static async Task<AppProcess> StartExecutableAsync(string executable, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string[] args, int port = 0)
    {
        var app = new AppProcess(Create(executable, workingDirectory, environment, [.. args, "--urls", $"http://127.0.0.1:{port}"]));
        app._process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        app._process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException("the app exited before listening:\n" + app.Output));
        app._process.EnableRaisingEvents = true;
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            app.BaseUrl = await app._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await app.DisposeAsync();
            throw new TimeoutException("the app did not listen within 60 s:\n" + app.Output);
        }
        return app;
    }

    /// <summary>Runs the app to completion (a CLI use) and returns its exit code and outputs.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory,
        IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Create(Executable, workingDirectory, environment, args);
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException("the app did not exit within 60 s"); }
        return (process.ExitCode, await stdout, await stderr);
    }

    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private static Process Create(string executable, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // Tests never inherit the developer's environment choices for the app.
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment) info.Environment[key] = value;
        return new Process { StartInfo = info };
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
