using Dashboard.Components;

namespace Dashboard.Tests.Components;

/// <summary>
/// The live views' render throttle on a clock the test moves: when runs start, and how requests coalesce. Runs last
/// until the test finishes them, so their duration is the clock's movement in between.
/// </summary>
public sealed class RenderThrottleTests : IDisposable
{
    private readonly ManualTimers _clock = new();
    private readonly List<TimeSpan> _starts = [];
    private readonly List<TaskCompletionSource> _runs = [];
    private readonly List<Exception> _errors = [];
    private readonly RenderThrottle _throttle;

    public RenderThrottleTests()
    {
        _throttle = new RenderThrottle(TimeSpan.FromSeconds(1), _clock, () =>
        {
            var run = new TaskCompletionSource();
            lock (_starts) { _starts.Add(_clock.Elapsed); _runs.Add(run); }
            return run.Task;
        }, e => { lock (_starts) _errors.Add(e); return Task.CompletedTask; });
    }

    private List<double> Starts
    {
        get
        {
            lock (_starts)
            {
                Assert.Empty(_errors);
                return _starts.Select(s => Math.Round(s.TotalSeconds, 3)).ToList();
            }
        }
    }

    /// <summary>
    /// Every step runs without the test's synchronization context: .NET then runs the throttle's continuations inline
    /// when a timer fires or a run finishes, so each step is over when it returns.
    /// </summary>
    private static void Step(Action step)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try { step(); }
        finally { SynchronizationContext.SetSynchronizationContext(context); }
    }

    private void Request() => Step(_throttle.Request);

    private void Advance(double seconds) => Step(() => _clock.Advance(TimeSpan.FromSeconds(seconds)));

    private void FinishLatestRun()
    {
        TaskCompletionSource run;
        lock (_starts) run = _runs[^1];
        Step(run.SetResult);
    }

    [Fact]
    public void Request_Idle_RunsAtOnce()
    {
        Request();

        Assert.Equal([0.0], Starts);
    }

    [Fact]
    public void Request_ManyDuringQuietPeriod_OneRunAtItsEnd()
    {
        Request();
        FinishLatestRun();
        Advance(0.2);
        Request();
        Request();
        Request();

        Advance(0.7);
        Assert.Equal([0.0], Starts);
        Advance(0.1);
        Assert.Equal([0.0, 1.0], Starts);
        FinishLatestRun();
        Advance(2);
        Assert.Equal([0.0, 1.0], Starts);
    }

    [Fact]
    public void Request_AfterRunThatTook300Ms_NextStartsEarlySoBothEndASecondApart()
    {
        Request();
        Advance(0.3);
        FinishLatestRun(); // ended at 0.3 s
        Advance(0.1);
        Request();

        Advance(0.2);
        Assert.Equal([0.0], Starts);
        Advance(0.1);
        Assert.Equal([0.0, 0.7], Starts); // and it ends at 1.0 s if it takes as long
    }

    [Fact]
    public void Request_WhileARunIsUnderway_StartsNoSoonerThanHalfAnIntervalAfterIt()
    {
        Request();
        Advance(0.8);
        FinishLatestRun(); // took 0.8 s: more than half the interval
        Request(); // at 0.8 s, a second after nothing: at once
        Advance(0.1);
        Request(); // at 0.9 s, while that run is underway

        Advance(0.3);
        Assert.Equal([0.0, 0.8], Starts);
        Advance(0.1);
        Assert.Equal([0.0, 0.8, 1.3], Starts); // 0.8 + 1 − min(0.8, 0.5)
    }

    public void Dispose() => _throttle.Dispose();
}
