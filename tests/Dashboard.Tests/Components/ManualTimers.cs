namespace Dashboard.Tests.Components;

/// <summary>
/// A clock with timers that the test moves by hand: <see cref="Advance"/> stops at each timer that falls due, in order,
/// and fires it there, so what the timer releases sees the clock at the timer's due time.
/// </summary>
internal sealed class ManualTimers : TimeProvider
{
    // Timestamps start well above 0: code may treat a timestamp of 0 as "never".
    private static readonly long Origin = TimeSpan.FromHours(1).Ticks;
    private readonly List<Timer> _timers = [];
    private long _ticks = Origin;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks) - Origin);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override long GetTimestamp() => Interlocked.Read(ref _ticks);
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch + Elapsed;

    public void Advance(TimeSpan by)
    {
        var target = Elapsed + by;
        while (true)
        {
            Timer? next;
            lock (_timers) next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
            if (next is null) break;
            if (next.DueAt > Elapsed) Interlocked.Exchange(ref _ticks, Origin + next.DueAt.Ticks);
            next.Fire();
        }
        Interlocked.Exchange(ref _ticks, Origin + target.Ticks);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class Timer(ManualTimers owner, TimerCallback callback, object? state) : ITimer
    {
        public TimeSpan DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._timers)
            {
                owner._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                DueAt = owner.Elapsed + dueTime;
                owner._timers.Add(this);
            }
            return true;
        }

        // One-shot: the timers of Task.Delay have no period.
        public void Fire()
        {
            lock (owner._timers) owner._timers.Remove(this);
            callback(state);
        }

        public void Dispose() { lock (owner._timers) owner._timers.Remove(this); }
        public ValueTask DisposeAsync() { Dispose(); return ValueTask.CompletedTask; }
    }
}
