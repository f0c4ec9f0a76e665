namespace Dashboard.Components;

/// <summary>
/// Runs an action about once per interval however often it is requested: the first request runs at once, requests
/// during the quiet period coalesce into one run at its end. Keeps a live view at about one render per second.
/// The quiet period is measured between the ends of runs, not their starts: a run starts early by the previous run's
/// duration (at most half the interval), so a reload that takes 300 ms still shows about once a second, and a request
/// waits about the interval, not the interval plus a reload.
/// </summary>
public sealed class RenderThrottle(TimeSpan interval, TimeProvider time, Func<Task> action, Func<Exception, Task> onError) : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private long _lastRun;
    private TimeSpan _lastDuration;
    private int _scheduled;

    public void Request()
    {
        if (Interlocked.Exchange(ref _scheduled, 1) == 1) return;
        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            var lead = _lastDuration < interval / 2 ? _lastDuration : interval / 2;
            var wait = interval - lead - time.GetElapsedTime(_lastRun);
            if (_lastRun != 0 && wait > TimeSpan.Zero) await Task.Delay(wait, time, _cts.Token);
            Interlocked.Exchange(ref _scheduled, 0);
            _lastRun = time.GetTimestamp();
            try { await action(); }
            finally { _lastDuration = time.GetElapsedTime(_lastRun); }
        }
        catch (OperationCanceledException) { }
        catch (Exception e) { await onError(e); }
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
