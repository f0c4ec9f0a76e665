using Dashboard.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Ingestion;

/// <summary>
/// /healthz is degraded while feeds are overdue (see <see cref="Scheduling.OverduePolicy"/>): their checks came due
/// and the poller has not made them, so every view shows older data than it claims. Failing feeds are not degraded
/// health: the poller is doing its job, the publishers are not.
/// </summary>
public sealed class IngestionHealthCheck(FeedHealthQueries feeds) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var overdue = (await feeds.AllAsync(eventsPerFeed: 0, ct)).Where(h => h.Overdue).ToList();
        return overdue.Count == 0
            ? HealthCheckResult.Healthy("ingestion: no feed overdue")
            : HealthCheckResult.Degraded($"ingestion: {overdue.Count} feed(s) due but not polled: "
                + string.Join(", ", overdue.Select(h => $"{h.Feed.Id} (due {h.Feed.NextCheckAt:u})")));
    }
}
