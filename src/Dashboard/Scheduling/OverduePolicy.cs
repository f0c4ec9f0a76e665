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

    /// <summary>True when the poller is on, the feed is enabled and its check was due longer ago than <paramref name="grace"/>.</summary>
    public static bool IsOverdue(bool pollerOn, bool feedEnabled, DateTime? nextCheckAt, DateTime nowUtc, TimeSpan grace) =>
        pollerOn && feedEnabled && nextCheckAt is { } next && nowUtc - next > grace;
}
