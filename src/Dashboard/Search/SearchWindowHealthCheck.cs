using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Search;

/// <summary>
/// /healthz reports a search window that failed (to load, or to follow a commit) as degraded: searches still work, from
/// the database, only slower. Loading, loaded and turned off by configuration are healthy.
/// </summary>
public sealed class SearchWindowHealthCheck(SearchWindow window) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(window.Error is { } error
            ? HealthCheckResult.Degraded($"search: the in-memory window is off ({error}); searches read the database")
            : HealthCheckResult.Healthy(window.IsReady ? $"search window holds {window.Size.Articles} articles" : "search window loading or off"));
}
