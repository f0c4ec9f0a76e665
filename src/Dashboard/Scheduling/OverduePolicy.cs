using Dashboard.Configuration;

namespace Dashboard.Scheduling;

/// <summary>
/// When a feed whose check is due counts as overdue: later than the slowest honest start the scheduler can give it
/// (every enabled feed queued on one host behind the per-host spacing, each batch of MaxConcurrency waiting out a
/// fetch timeout), plus a margin. An overdue feed means polling stopped while the app still serves pages, which a
/// wall screen would otherwise show as old data for days.
/// </summary>
public static class OverduePolicy
{
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    public static TimeSpan Grace(IngestionOptions ingestion, int enabledFeeds)
    {
        ArgumentNullException.ThrowIfNull(ingestion);
        var batches = Math.Ceiling(enabledFeeds / (double)Math.Max(1, ingestion.MaxConcurrency));
        return TimeSpan.FromSeconds(ingestion.PerHostSpacingSeconds * enabledFeeds + ingestion.TimeoutSeconds * batches) + Margin;
    }

    /// <summary>
    /// True when the feed is enabled and its check was due longer than <paramref name="grace"/> ago, counting from no
    /// earlier than when the poller started (<paramref name="pollerStartedUtc"/>; null: not polling, never overdue).
    /// </summary>
    public static bool IsOverdue(DateTime? pollerStartedUtc, bool feedEnabled, DateTime? nextCheckAt, DateTime nowUtc, TimeSpan grace) =>
        pollerStartedUtc is { } started && feedEnabled && nextCheckAt is { } next
        && nowUtc - (next > started ? next : started) > grace;
}
