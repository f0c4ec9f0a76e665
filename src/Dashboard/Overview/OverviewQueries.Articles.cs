using System.Text.Json;
using Dashboard.Live;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>
    /// A page of the view's articles, newest first (SortAt desc, Id desc), after <paramref name="after"/> (keyset, so
    /// paging never skips or repeats a card while new articles arrive); <see cref="ArticlePage.Next"/> is null at the end.
    /// </summary>
    public async Task<ArticlePage> ArticlesAsync(ViewFilter f, DateTime nowUtc, ArticleCursor? after, int pageSize, CancellationToken ct)
    {
        if (pageSize is < 1 or > MaxPageSize) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"view: page size must be 1–{MaxPageSize}");
        var sql = new OverviewSql(f, nowUtc);
        // "+" keeps SQLite on the (TopicId, SortAt) index, which yields rows in page order so LIMIT stops early;
        // seeking per perspective instead would sort the whole window first.
        var perspective = f.Perspectives.Count > 0 ? "+t.PerspectiveId IN (SELECT value FROM json_each($persp))" : null;
        var keyset = after is null ? "" : "AND t.SortAt <= $afterAt AND (t.SortAt < $afterAt OR t.ArticleId < $afterId)";
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await CommandAsync(db, $"""
            SELECT a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule, a.Link, a.Snippet,
                   a.PublishedAt, a.SeenAt, a.SortAt, a.FeedId, a.Language,
                   (SELECT json_group_array(x.TopicId) FROM ArticleTopics x WHERE x.ArticleId = a.Id)
            FROM {sql.From(withArticles: true)}
            WHERE {sql.Where(perspective)} {keyset}
            ORDER BY t.SortAt DESC, t.ArticleId DESC
            LIMIT $limit
            """, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$limit", pageSize + 1); // one more tells whether a next page exists
        if (after is not null)
        {
            command.Parameters.AddWithValue("$afterAt", UtcDateTimeConverter.ToUnixMs(after.SortAt));
            command.Parameters.AddWithValue("$afterId", after.Id);
        }

        var cards = new List<ArticleSummary>(pageSize + 1);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var topics = JsonSerializer.Deserialize<List<string>>(reader.GetString(13)) ?? [];
            topics.Sort(StringComparer.Ordinal);
            cards.Add(new ArticleSummary(reader.GetInt64(0), reader.GetString(1), Text(2), Text(3), reader.GetString(4), reader.GetString(5),
                Text(6), Text(7), reader.IsDBNull(8) ? null : FromMs(reader.GetInt64(8)), FromMs(reader.GetInt64(9)),
                FromMs(reader.GetInt64(10)), reader.GetString(11), Text(12), topics));
        }
        if (cards.Count <= pageSize) return new ArticlePage(cards, null);
        cards.RemoveAt(pageSize);
        return new ArticlePage(cards, new ArticleCursor(cards[^1].SortAt, cards[^1].Id));
    }
}
