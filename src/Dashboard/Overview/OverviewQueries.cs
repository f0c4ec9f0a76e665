using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Overview;

/// <summary>
/// The overview page's queries: KPIs, volume, top outlets, article cards and outage marks for one view.
/// Without search text each is one SQL statement (KPIs: plus one for the newest time) in which SQLite counts and groups:
/// whole days and hours from the rollups, the window's partial hours and the cards through the ArticleTopics indexes
/// (see OverviewSql). With search text, the matches are found once — in the in-memory SearchWindow when it holds the
/// range, else proposed by the ArticleSearch index and confirmed by the instr rule (SearchScan) — and counted here.
/// The window is the view's range resolved at nowUtc, [from, to).
/// </summary>
public sealed partial class OverviewQueries(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options,
    SearchWindow? window = null)
{
    public const int MaxPageSize = 100;
    public const int MaxOutlets = 100;

    /// <summary>
    /// Whether <paramref name="article"/> belongs in the view — the SQL filter in memory, for live pushes:
    /// topic, window (compared in stored milliseconds, as SQL does), perspective, source, outlet and search text.
    /// </summary>
    public static bool Matches(ViewFilter f, ArticleSummary article, DateTime nowUtc)
    {
        var sql = new OverviewSql(f, nowUtc, RollupUnit.None);
        var sortAt = UtcDateTimeConverter.ToUnixMs(article.SortAt);
        return article.Topics.Contains(f.Topic, StringComparer.Ordinal)
            && sortAt >= sql.FromMs && sortAt < sql.ToMs
            && (f.Perspectives.Count == 0 || f.Perspectives.Contains(article.PerspectiveId, StringComparer.Ordinal))
            && (f.Sources.Count == 0 || (article.SourceId is { } source && f.Sources.Contains(source, StringComparer.Ordinal)))
            && (f.Outlet is null || (string.IsNullOrEmpty(article.SourceId) && string.Equals(article.Outlet, f.Outlet, StringComparison.Ordinal)))
            && (sql.Needle is not { } needle || TextQuery.Matches(needle, article.Title, article.Snippet));
    }

    /// <summary>
    /// Whether aggregates read whole days and hours from the DailyCounts and HourlyCounts rollups (the default); false
    /// reads raw rows only, the reference the rollup path is tested against.
    /// </summary>
    internal bool Rollups { get; init; } = true;

    /// <summary>
    /// Whether search text is looked up in the ArticleSearch index (the default); false confirms every row of the
    /// window with instr in SQL, the reference the index path is tested against.
    /// </summary>
    internal bool UseSearchIndex { get; init; } = true;

    private OverviewSql Sql(ViewFilter f, DateTime nowUtc, RollupUnit rollups) => new(f, nowUtc, rollups, fastPaths: UseSearchIndex, window);

    private DashboardOptions Options => options.Value;

    private static DateTime FromMs(long ms) => DateTime.UnixEpoch.AddMilliseconds(ms);
}
