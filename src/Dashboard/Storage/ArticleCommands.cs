using System.Data.Common;
using Microsoft.Data.Sqlite;
using System.Text.Json;

namespace Dashboard.Storage;

/// <summary>
/// SQL for the ingest hot path, sharing the EF transaction. Inserts reuse one prepared statement bound by
/// index (see <see cref="RawStatement"/>); the dedupe lookup passes its keys as ONE JSON parameter expanded
/// by json_each (binding thousands of named parameters is quadratic in SQLite's name lookup).
/// </summary>
internal static class ArticleCommands
{
    public const int RowsPerStatement = 1000;

    private const string InsertArticleSql = """
        INSERT INTO Articles (DedupeKey, Title, Outlet, OutletDomain, SourceId, PerspectiveId, PerspectiveRule, Link,
                              CanonicalLink, Guid, Snippet, Language, PublishedAt, SeenAt, SortAt, FeedId)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
        ON CONFLICT(DedupeKey) DO NOTHING RETURNING Id
        """;

    private const string InsertTopicSql =
        "INSERT OR IGNORE INTO ArticleTopics (ArticleId, TopicId, SortAt, PerspectiveId, StoryId) VALUES (?1, ?2, ?3, ?4, ?5)";

    private const string FindByKeysSql = """
        SELECT Id, DedupeKey, FeedId, SortAt, PerspectiveId, SourceId, Outlet, StoryId FROM Articles
        WHERE DedupeKey IN (SELECT value FROM json_each($keys))
        """;

    /// <summary>Inserts the rows, skipping keys that exist already; returns the new ids by dedupe key.</summary>
    public static Dictionary<string, long> InsertArticles(SqliteConnection connection, IReadOnlyList<NewArticleRow> rows)
    {
        var ids = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        using var insert = new RawStatement(connection, InsertArticleSql);
        foreach (var row in rows)
        {
            var c = row.Candidate;
            // No source is stored as null, never '', so an outlet view finds its articles in the (SourceId, …) index's null range.
            insert.Bind(1, c.DedupeKey).Bind(2, c.Title).Bind(3, c.Outlet).Bind(4, c.OutletDomain).Bind(5, string.IsNullOrEmpty(c.SourceId) ? null : c.SourceId)
                .Bind(6, c.PerspectiveId).Bind(7, c.PerspectiveRule).Bind(8, c.Link).Bind(9, c.CanonicalLink).Bind(10, c.Guid)
                .Bind(11, c.Snippet).Bind(12, c.Language).Bind(13, c.PublishedAt is { } p ? UtcDateTimeConverter.ToUnixMs(p) : null)
                .Bind(14, UtcDateTimeConverter.ToUnixMs(row.SeenAt)).Bind(15, UtcDateTimeConverter.ToUnixMs(row.SortAt)).Bind(16, row.FeedId);
            if (insert.Execute() is { } id) ids[c.DedupeKey] = id;
        }
        return ids;
    }

    /// <summary>Inserts the rows that do not exist yet; returns those it inserted.</summary>
    public static List<TopicRow> InsertTopics(SqliteConnection connection, IReadOnlyList<TopicRow> rows)
    {
        var inserted = new List<TopicRow>(rows.Count);
        using var insert = new RawStatement(connection, InsertTopicSql);
        foreach (var row in rows)
        {
            insert.Bind(1, row.ArticleId).Bind(2, row.TopicId).Bind(3, UtcDateTimeConverter.ToUnixMs(row.SortAt)).Bind(4, row.PerspectiveId).Bind(5, row.StoryId).Execute();
            if (insert.Changes == 1) inserted.Add(row);
        }
        return inserted;
    }

    /// <summary>The stored articles among <paramref name="keys"/>: id, feed, sort time, perspective and outlet by key.</summary>
    public static Dictionary<string, KnownArticle> FindByKeys(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> keys)
    {
        var found = new Dictionary<string, KnownArticle>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(RowsPerStatement))
        {
            using var cmd = Create(connection, transaction, FindByKeysSql, "$keys", JsonSerializer.Serialize(chunk));
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                found[reader.GetString(1)] = new KnownArticle(reader.GetInt64(0), reader.GetString(2),
                    DateTime.UnixEpoch.AddMilliseconds(reader.GetInt64(3)), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetInt64(7));
        }
        return found;
    }

    private static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql, string parameter, string json)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        var p = cmd.CreateParameter();
        p.ParameterName = parameter;
        p.Value = json;
        cmd.Parameters.Add(p);
        return cmd;
    }
}

internal sealed record KnownArticle(long Id, string FeedId, DateTime SortAt, string PerspectiveId, string? SourceId, string? Outlet, long? StoryId);

/// <summary>An ArticleTopics row; SourceId and Outlet are its article's, for the rollups; StoryId its article's (null until placed).</summary>
internal sealed record TopicRow(long ArticleId, string TopicId, DateTime SortAt, string PerspectiveId, string? SourceId, string? Outlet, long? StoryId = null);

internal sealed record NewArticleRow(ArticleCandidate Candidate, string FeedId, DateTime SeenAt, DateTime SortAt);
