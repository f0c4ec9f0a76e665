using System.Text.Json;
using Dashboard.Live;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>Window rows a search walks newest first before it asks the text index instead (see ArticlesAsync).</summary>
    internal int SearchWalkRows { get; init; } = 2000;

    /// <summary>
    /// A page of the view's articles, newest first (SortAt desc, Id desc), after <paramref name="after"/> (keyset, so
    /// paging never skips or repeats a card while new articles arrive); <see cref="ArticlePage.Next"/> is null at the end.
    /// </summary>
    public async Task<ArticlePage> ArticlesAsync(ViewFilter f, DateTime nowUtc, ArticleCursor? after, int pageSize, CancellationToken ct)
    {
        if (pageSize is < 1 or > MaxPageSize) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"view: page size must be 1–{MaxPageSize}");
        var sql = Sql(f, nowUtc, RollupUnit.Day);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var keyset = after is null ? "" : "AND t.SortAt <= $afterAt AND (t.SortAt < $afterAt OR t.ArticleId < $afterId)";
        // "+" keeps SQLite on the (TopicId, SortAt) index, which yields rows in page order so LIMIT stops early;
        // seeking per perspective instead would sort the whole window first.
        var perspective = f.Perspectives.Count > 0 ? "+t.PerspectiveId IN (SELECT value FROM json_each($persp))" : null;
        if (!sql.CountsMatches)
            return (await PageAsync(db, sql, after, pageSize, $"""
                hit(ArticleId, SortAt) AS (
                  SELECT t.ArticleId, t.SortAt FROM {sql.From(withArticles: true)} WHERE {sql.Where(perspective)} {keyset}
                  ORDER BY t.SortAt DESC, t.ArticleId DESC LIMIT $limit),
                scan(n) AS (SELECT 0)
                """, ct)).Page;

        // A common needle fills the page within the newest few hundred rows, cheaper than collecting its every match
        // from the search window or the text index; a rare one does not, and then only they are fast. So walk a bounded
        // number of rows, and ask them only when that walk neither filled the page nor reached the window's start.
        var (walked, scanned) = await PageAsync(db, sql, after, pageSize, $"""
            scan(ArticleId, SortAt) AS MATERIALIZED (
              SELECT t.ArticleId, t.SortAt FROM ArticleTopics t
              WHERE {string.Join(" AND ", new[] { "t.TopicId = $topic", "t.SortAt >= $from", "t.SortAt < $to", perspective ?? "1" })} {keyset}
              ORDER BY t.SortAt DESC, t.ArticleId DESC LIMIT {SearchWalkRows}),
            hit(ArticleId, SortAt) AS (
              SELECT t.ArticleId, t.SortAt FROM scan t JOIN Articles a ON a.Id = t.ArticleId WHERE {sql.ArticleWhere}
              ORDER BY t.SortAt DESC, t.ArticleId DESC LIMIT $limit)
            """, ct);
        if (walked.Next is not null || scanned < SearchWalkRows) return walked;
        if (sql.Window is { } searchWindow) return await WindowPageAsync(db, sql, searchWindow, after, pageSize, ct);
        var searchKeyset = after is null ? "" : " AND a.SortAt <= $afterAt AND (a.SortAt < $afterAt OR a.Id < $afterId)";
        return (await PageAsync(db, sql, after, pageSize, $"""
            {OverviewSql.BoundCte},
            hit(ArticleId, SortAt) AS MATERIALIZED (
              SELECT a.Id, a.SortAt FROM {OverviewSql.SearchFrom} WHERE {sql.SearchWhere(searchKeyset)}),
            scan(n) AS (SELECT 0)
            """, ct)).Page;
    }

    /// <summary>
    /// A page of the search window's matches (any needle length, where the text index needs three characters): the
    /// newest after the cursor, by id, then read as cards.
    /// </summary>
    private static async Task<ArticlePage> WindowPageAsync(DashboardDbContext db, OverviewSql sql, SearchWindow searchWindow,
        ArticleCursor? after, int pageSize, CancellationToken ct)
    {
        var (afterAt, afterId) = after is null ? (long.MaxValue, long.MaxValue) : (UtcDateTimeConverter.ToUnixMs(after.SortAt), after.Id);
        var page = searchWindow.Newest(sql, pageSize + 1, m => m.SortAt < afterAt || (m.SortAt == afterAt && m.Id < afterId));
        var ids = JsonSerializer.Serialize(page.Select(m => m.Id));
        return (await PageAsync(db, sql, after, pageSize, """
            hit(ArticleId, SortAt) AS (SELECT a.Id, a.SortAt FROM Articles a WHERE a.Id IN (SELECT value FROM json_each($ids))),
            scan(n) AS (SELECT 0)
            """, ct, ("$ids", ids))).Page;
    }

    /// <summary>
    /// The page of articles in CTE <c>hit(ArticleId, SortAt)</c> (defined in <paramref name="ctes"/>, with a CTE
    /// <c>scan</c> whose row count is returned too: the rows a bounded walk read; any single row when there is no walk).
    /// </summary>
    private static async Task<(ArticlePage Page, int Scanned)> PageAsync(DashboardDbContext db, OverviewSql sql, ArticleCursor? after, int pageSize,
        string ctes, CancellationToken ct, (string Name, string Value)? parameter = null)
    {
        await using var command = await db.CommandAsync($"""
            WITH {ctes}
            SELECT a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule, a.Link, a.Snippet,
                   a.PublishedAt, a.SeenAt, a.SortAt, a.FeedId, a.Language,
                   (SELECT json_group_array(x.TopicId) FROM ArticleTopics x WHERE x.ArticleId = a.Id), c.n, a.StoryId
            FROM (SELECT COUNT(*) AS n FROM scan) c LEFT JOIN (hit t JOIN Articles a ON a.Id = t.ArticleId) ON 1
            ORDER BY t.SortAt DESC, t.ArticleId DESC
            LIMIT $limit
            """, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$limit", pageSize + 1); // one more tells whether a next page exists
        if (parameter is { } extra) command.Parameters.AddWithValue(extra.Name, extra.Value);
        if (after is not null)
        {
            command.Parameters.AddWithValue("$afterAt", UtcDateTimeConverter.ToUnixMs(after.SortAt));
            command.Parameters.AddWithValue("$afterId", after.Id);
        }

        var cards = new List<ArticleSummary>(pageSize + 1);
        var scanned = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            scanned = reader.GetInt32(14);
            if (reader.IsDBNull(0)) continue; // the one row of a page without articles
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var topics = JsonSerializer.Deserialize<List<string>>(reader.GetString(13)) ?? [];
            topics.Sort(StringComparer.Ordinal);
            cards.Add(new ArticleSummary(reader.GetInt64(0), reader.GetString(1), Text(2), Text(3), reader.GetString(4), reader.GetString(5),
                Text(6), Text(7), reader.IsDBNull(8) ? null : FromMs(reader.GetInt64(8)), FromMs(reader.GetInt64(9)),
                FromMs(reader.GetInt64(10)), reader.GetString(11), Text(12), topics)
            { StoryId = reader.IsDBNull(15) ? null : reader.GetInt64(15) });
        }
        if (cards.Count <= pageSize) return (new ArticlePage(cards, null), scanned);
        cards.RemoveAt(pageSize);
        return (new ArticlePage(cards, new ArticleCursor(cards[^1].SortAt, cards[^1].Id)), scanned);
    }
}
