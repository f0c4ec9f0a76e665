using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Search;

/// <summary>
/// /healthz reports a search window that failed to load as degraded (searches still work, from the database, only
/// slower); loading, loaded and turned off are healthy.
/// </summary>
public sealed class SearchWindowHealthCheck(SearchWindow window) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(window.LoadError is { } error
            ? HealthCheckResult.Degraded($"search: the in-memory window failed to load ({error}); searches read the database")
            : HealthCheckResult.Healthy(window.IsReady ? $"search window holds {window.Size.Articles} articles" : "search window loading or off"));
}
