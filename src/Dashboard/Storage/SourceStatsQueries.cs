using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

/// <summary>Article counts behind the source registry page.</summary>
public sealed class SourceStatsQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    public sealed record SourceStat(string SourceId, int Articles, DateTime? Latest);

    /// <summary>An outlet the registry does not know, with what perspective its articles fell back to.</summary>
    public sealed record UnknownOutlet(string Outlet, string? Domain, string PerspectiveId, int Articles);

    public async Task<IReadOnlyDictionary<string, SourceStat>> BySourceAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Articles.AsNoTracking().Where(a => a.SourceId != null)
            .GroupBy(a => a.SourceId!)
            .Select(g => new SourceStat(g.Key, g.Count(), g.Max(a => (DateTime?)a.SortAt)))
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.SourceId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The most frequent outlets missing from the registry: candidates to add to appsettings.json.</summary>
    public async Task<IReadOnlyList<UnknownOutlet>> UnknownOutletsAsync(int count, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Where(a => a.SourceId == null)
            .GroupBy(a => new { Outlet = a.Outlet ?? "(no outlet)", a.OutletDomain, a.PerspectiveId })
            .Select(g => new { g.Key.Outlet, g.Key.OutletDomain, g.Key.PerspectiveId, Articles = g.Count() })
            .OrderByDescending(o => o.Articles).Take(count)
            .Select(o => new UnknownOutlet(o.Outlet, o.OutletDomain, o.PerspectiveId, o.Articles))
            .ToListAsync(ct);
    }
}
