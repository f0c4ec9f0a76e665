using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Storage;

/// <summary>/healthz is healthy when the SQLite database answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<DashboardDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var feeds = await db.Feeds.CountAsync(ct);
            return HealthCheckResult.Healthy($"database answers ({feeds} feeds)");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("storage: database does not answer: " + e.Message, e);
        }
    }
}
