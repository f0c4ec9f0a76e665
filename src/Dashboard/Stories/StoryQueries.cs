using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Stories;

/// <summary>
/// Stories of a view: ranked by how many of the view's articles they hold, described by all their articles
/// (so a perspective filter does not make every story look one-sided), with the blindspot rule applied.
/// </summary>
public sealed class StoryQueries(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options, SearchWindow? window = null)
{
    public const int MaxStories = 100;
    private const int MaxStoryArticles = 500;
    /// <summary>Stories examined for the blindspot list: the view's largest ones.</summary>
    private const int BlindspotCandidates = 200;
    /// <summary>How many of the view's newest articles the ranking looks at.</summary>
    public const int RankedArticles = 20_000;

    /// <summary>The view's stories with the most articles in it, largest first.</summary>
    public async Task<IReadOnlyList<StorySummary>> TopAsync(ViewFilter filter, DateTime nowUtc, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ranked = await RankAsync(db, filter, nowUtc, Math.Clamp(limit, 1, MaxStories), ct);
        return await DescribeAsync(db, ranked, ct);
    }

    /// <summary>The view's stories that are blindspots by the configured rule, largest first.</summary>
    public async Task<IReadOnlyList<StorySummary>> BlindspotsAsync(ViewFilter filter, DateTime nowUtc, int limit, CancellationToken ct) =>
        (await ViewAsync(filter, nowUtc, limit, ct)).Blindspots;

    /// <summary>
    /// Top stories and blindspots together, as views show them: the ranking (the costly part, a pass over the view's
    /// newest articles) runs once for both, since the top stories are the head of the blindspot candidates.
    /// </summary>
    public async Task<StoryView> ViewAsync(ViewFilter filter, DateTime nowUtc, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, MaxStories);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ranked = await RankAsync(db, filter, nowUtc, BlindspotCandidates, ct);
        var counts = await CountsAsync(db, ranked, ct);
        var rule = BlindspotSettings.From(options.Value);
        var top = ranked.Take(limit).ToList();
        var blind = ranked.Where(id => BlindspotRule.Evaluate(Counts(counts, id), rule) is not null).Take(limit).ToList();
        var described = (await DescribeAsync(db, top.Union(blind).ToList(), ct)).ToDictionary(s => s.Id);
        return new StoryView(Pick(top, described), Pick(blind, described));
    }

    private static List<StorySummary> Pick(List<long> ids, Dictionary<long, StorySummary> described) =>
        ids.Where(described.ContainsKey).Select(id => described[id]).ToList();

    public async Task<StoryDetail?> FindAsync(long storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var summaries = await DescribeAsync(db, [storyId], ct);
        if (summaries.Count == 0) return null;
        var rows = await db.Articles.Where(a => a.StoryId == storyId)
            .OrderBy(a => a.SortAt).ThenBy(a => a.Id).Take(MaxStoryArticles)
            .Select(a => new
            {
                a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule, a.Link, a.Snippet,
                a.PublishedAt, a.SeenAt, a.SortAt, a.FeedId, a.Language, a.StoryId,
                Topics = a.Topics.Select(t => t.TopicId).ToList(),
            })
            .ToListAsync(ct);
        var articles = rows.Select(a => new ArticleSummary(a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule,
            a.Link, a.Snippet, a.PublishedAt, a.SeenAt, a.SortAt, a.FeedId, a.Language, a.Topics) { StoryId = a.StoryId }).ToList();
        var first = StoryLags.FirstReports(articles);
        return new StoryDetail(summaries[0], articles, first, StoryLags.Lags(first));
    }

    /// <summary>Stories by whole-story counts, for callers that already know the ids (e.g. the blindspot watcher).</summary>
    public async Task<IReadOnlyList<StorySummary>> DescribeAsync(IReadOnlyList<long> storyIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await DescribeAsync(db, storyIds, ct);
    }

    /// <summary>
    /// Whether search text is looked up in the ArticleSearch index like the overview's, and a source or outlet filter
    /// walks the sources' index (the default); false reads every row of the window from ArticleTopics, confirming search
    /// text with instr: the reference both faster paths are tested against.
    /// </summary>
    internal bool UseSearchIndex { get; init; } = true;

    private async Task<List<long>> RankAsync(DashboardDbContext db, ViewFilter filter, DateTime nowUtc, int limit, CancellationToken ct)
    {
        var stories = new Dictionary<long, StoryRank>();
        foreach (var (storyId, perspectiveId, sortAt) in await NewestAsync(db, new OverviewSql(filter, nowUtc, fastPaths: UseSearchIndex, window: window), ct))
        {
            if (!stories.TryGetValue(storyId, out var rank)) stories.Add(storyId, rank = new StoryRank(storyId));
            rank.Add(perspectiveId, sortAt);
        }
        // Grouped here, not in SQL: SQLite's GROUP BY with a distinct count sorted the 20,000 rows and took ten times
        // as long as reading them.
        var ranked = stories.Values.ToList();
        ranked.Sort(StoryRank.Compare);
        return ranked.Take(limit).Select(r => r.StoryId).ToList();
    }

    /// <summary>
    /// The view's newest <see cref="RankedArticles"/> placed articles: story, perspective, SortAt. Ranking over them, not
    /// all of a 30-day window, keeps the cost bounded on a large database, and what is big now is what a live view is
    /// about. The article id breaks SortAt ties, so every path picks the same articles at the cut.
    /// </summary>
    private async Task<List<(long StoryId, string PerspectiveId, long SortAt)>> NewestAsync(DashboardDbContext db, OverviewSql sql, CancellationToken ct)
    {
        // With search text, the search window's matches when it holds the view's range (memory, no row reads) …
        if (sql.Window is { } searchWindow)
            return searchWindow.Newest(sql, RankedArticles, m => m.StoryId is not null).ConvertAll(m => (m.StoryId!.Value, m.PerspectiveId, m.SortAt));
        // … else the text index's candidates within the window (as the overview's aggregates read them)
        // instead of instr over every row of the window: a month of a topic is ~200,000 rows, its matches a few thousand.
        // Search rows are Articles rows, whose SortAt, PerspectiveId and StoryId are the ones ArticleTopics copies.
        if (sql.SearchMatch is not null)
        {
            var matches = await SearchScan.ReadAsync(db, sql, "a.StoryId, a.PerspectiveId, a.SortAt, a.Id", " AND a.StoryId IS NOT NULL",
                r => (StoryId: r.GetInt64(0), PerspectiveId: r.GetString(1), SortAt: r.GetInt64(2), Id: r.GetInt64(3)), ct);
            return [.. matches.OrderByDescending(m => m.SortAt).ThenByDescending(m => m.Id).Take(RankedArticles).Select(m => (m.StoryId, m.PerspectiveId, m.SortAt))];
        }
        // Without it, the (TopicId, SortAt, ArticleId, PerspectiveId, StoryId) index alone answers; with a source or
        // outlet filter, the sources' (SourceId, SortAt, PerspectiveId, StoryId) index and a topic probe per article.
        await using var command = await db.CommandAsync(sql.BySource
            ? sql.SourceRows("a.StoryId, a.PerspectiveId, a.SortAt", " AND a.StoryId IS NOT NULL", RankedArticles)
            : $"""
              SELECT t.StoryId, t.PerspectiveId, t.SortAt FROM {sql.From()} WHERE {sql.Where()} AND t.StoryId IS NOT NULL
              ORDER BY t.SortAt DESC, t.ArticleId DESC LIMIT {RankedArticles}
              """, ct);
        sql.Bind(command);
        var rows = new List<(long, string, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
        return rows;
    }

    private async Task<IReadOnlyList<StorySummary>> DescribeAsync(DashboardDbContext db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Articles.Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
            .Select(a => new { StoryId = a.StoryId!.Value, a.Id, a.Title, a.SortAt, a.PerspectiveId, Outlet = a.SourceId ?? a.Outlet })
            .ToListAsync(ct);
        var rule = BlindspotSettings.From(options.Value);
        var byStory = rows.GroupBy(r => r.StoryId).ToDictionary(g => g.Key, g => g.ToList());
        return ids.Where(byStory.ContainsKey).Select(id =>
        {
            var members = byStory[id];
            var counts = members.GroupBy(m => m.PerspectiveId, StringComparer.Ordinal)
                .Select(g => new StoryPerspectiveCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.PerspectiveId, StringComparer.Ordinal).ToList();
            var headline = StoryHeadline.Pick(members, m => m.Title, m => m.SortAt, m => m.Id).Title;
            return new StorySummary(id, headline, members.Count, members.Select(m => m.Outlet).Distinct().Count(), counts,
                Utc(members.Min(m => m.SortAt)), Utc(members.Max(m => m.SortAt)),
                BlindspotRule.Evaluate(counts.ToDictionary(c => c.PerspectiveId, c => c.Count), rule));
        }).ToList();
    }

    private static async Task<Dictionary<long, Dictionary<string, int>>> CountsAsync(DashboardDbContext db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var rows = await db.Articles.Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
            .GroupBy(a => new { StoryId = a.StoryId!.Value, a.PerspectiveId })
            .Select(g => new { g.Key.StoryId, g.Key.PerspectiveId, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.StoryId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.PerspectiveId, r => r.Count));
    }

    private static IReadOnlyDictionary<string, int> Counts(Dictionary<long, Dictionary<string, int>> counts, long id) =>
        counts.TryGetValue(id, out var c) ? c : new Dictionary<string, int>();

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
