namespace Dashboard.Scheduling;

/// <summary>
/// When the background poller began polling (null before, and for good when it is off). Written by the ingestion
/// service, read by the feeds' health: a feed can only be overdue once the poller has had its grace to catch up, since
/// after a day of downtime every feed is a day late, and that is not a stall.
/// </summary>
public sealed class PollerStatus
{
    private long _startedAtTicks;

    public DateTimeOffset? StartedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _startedAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void MarkStarted(DateTimeOffset at) => Interlocked.Exchange(ref _startedAtTicks, at.UtcTicks);
}
