using System.Text.Json;
using Dashboard.Configuration;
using Dashboard.Ingestion;
using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Stories;

/// <summary>
/// Stories of a view: ranked by how many of the view's articles they hold, described by all their articles
/// (so a perspective filter does not make every story look one-sided), with the blindspot rule applied: its counts, and
/// the feeds in force (<paramref name="catalog"/>; without one, the configured feeds, which are the polled ones outside
/// --demo) with their recorded outages.
/// </summary>
public sealed class StoryQueries(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options, SearchWindow? window = null,
    FeedCatalog? catalog = null)
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
        return await DescribeAsync(db, ranked, feeds: null, ct);
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
        var stats = await StatsAsync(db, ranked, ct);
        if (stats.Count == 0) return new StoryView([], []);
        var top = ranked.Take(limit).ToList();
        // One outage reading for the candidates and the stories described from them, so the list and the marks agree.
        var feeds = await FeedsAsync(db, stats.Values.Min(s => s.FirstAt), stats.Values.Max(s => s.LastAt), ct);
        var blind = ranked.Where(id => stats.TryGetValue(id, out var s) && feeds.Judge(s.Counts, s.FirstAt, s.LastAt).IsBlindspot).Take(limit).ToList();
        var described = (await DescribeAsync(db, top.Union(blind).ToList(), feeds, ct)).ToDictionary(s => s.Id);
        return new StoryView(Pick(top, described), Pick(blind, described));
    }

    private static List<StorySummary> Pick(List<long> ids, Dictionary<long, StorySummary> described) =>
        ids.Where(described.ContainsKey).Select(id => described[id]).ToList();

    public async Task<StoryDetail?> FindAsync(long storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var summaries = await DescribeAsync(db, [storyId], feeds: null, ct);
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
        return await DescribeAsync(db, storyIds, feeds: null, ct);
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

    /// <param name="feeds">The feeds' side of the blindspot rule when the caller read it already; null reads it for these stories.</param>
    private async Task<IReadOnlyList<StorySummary>> DescribeAsync(DashboardDbContext db, IReadOnlyList<long> ids, BlindspotFeeds? feeds, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Articles.Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
            .Select(a => new { StoryId = a.StoryId!.Value, a.Id, a.Title, a.SortAt, a.PerspectiveId, Outlet = a.SourceId ?? a.Outlet })
            .ToListAsync(ct);
        if (rows.Count == 0) return [];
        feeds ??= await FeedsAsync(db, Utc(rows.Min(r => r.SortAt)), Utc(rows.Max(r => r.SortAt)), ct);
        var byStory = rows.GroupBy(r => r.StoryId).ToDictionary(g => g.Key, g => g.ToList());
        return ids.Where(byStory.ContainsKey).Select(id =>
        {
            var members = byStory[id];
            var counts = members.GroupBy(m => m.PerspectiveId, StringComparer.Ordinal)
                .Select(g => new StoryPerspectiveCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.PerspectiveId, StringComparer.Ordinal).ToList();
            var headline = StoryHeadline.Pick(members, m => m.Title, m => m.SortAt, m => m.Id).Title;
            var (firstAt, lastAt) = (Utc(members.Min(m => m.SortAt)), Utc(members.Max(m => m.SortAt)));
            var verdict = feeds.Judge(counts.ToDictionary(c => c.PerspectiveId, c => c.Count), firstAt, lastAt);
            return new StorySummary(id, headline, members.Count, members.Select(m => m.Outlet).Distinct().Count(), counts,
                firstAt, lastAt, verdict.Blindspot, verdict);
        }).ToList();
    }

    private Task<BlindspotFeeds> FeedsAsync(DashboardDbContext db, DateTime first, DateTime last, CancellationToken ct) =>
        BlindspotFeeds.LoadAsync(db, BlindspotSettings.From(options.Value), catalog?.Feeds ?? options.Value.Feeds, first, last, ct);

    /// <summary>What the blindspot rule needs of a story: articles per perspective, first and last article.</summary>
    private sealed record StoryStats(Dictionary<string, int> Counts, DateTime FirstAt, DateTime LastAt);

    private static async Task<Dictionary<long, StoryStats>> StatsAsync(DashboardDbContext db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        // SQL, not LINQ: grouped in SQLite, SortAt's minimum and maximum read as the stored milliseconds.
        await using var command = await db.CommandAsync("""
            SELECT StoryId, PerspectiveId, COUNT(*), MIN(SortAt), MAX(SortAt) FROM Articles
            WHERE StoryId IN (SELECT value FROM json_each($ids)) GROUP BY StoryId, PerspectiveId
            """, ct);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        var stats = new Dictionary<long, StoryStats>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (id, first, last) = (reader.GetInt64(0), FromMs(reader.GetInt64(3)), FromMs(reader.GetInt64(4)));
            stats[id] = stats.TryGetValue(id, out var s)
                ? s with { FirstAt = first < s.FirstAt ? first : s.FirstAt, LastAt = last > s.LastAt ? last : s.LastAt }
                : new StoryStats(new Dictionary<string, int>(StringComparer.Ordinal), first, last);
            stats[id].Counts[reader.GetString(1)] = reader.GetInt32(2);
        }
        return stats;
    }

    private static DateTime FromMs(long ms) => DateTime.UnixEpoch.AddMilliseconds(ms);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
