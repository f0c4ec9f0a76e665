namespace Dashboard.Components;

/// <summary>
/// Runs an action at most once per interval however often it is requested: the first request runs at once,
/// requests during the quiet period coalesce into one run at its end. Keeps a live view at about one render per second.
/// </summary>
public sealed class RenderThrottle(TimeSpan interval, TimeProvider time, Func<Task> action, Func<Exception, Task> onError) : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private long _lastRun;
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
            var wait = interval - time.GetElapsedTime(_lastRun);
            if (_lastRun != 0 && wait > TimeSpan.Zero) await Task.Delay(wait, time, _cts.Token);
            Interlocked.Exchange(ref _scheduled, 0);
            _lastRun = time.GetTimestamp();
            await action();
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
