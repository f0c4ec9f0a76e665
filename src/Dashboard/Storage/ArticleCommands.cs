using System.Data.Common;

namespace Dashboard.Storage;

/// <summary>
/// Prepared SQL for the ingest hot path. EF's change tracker costs more than the insert itself at
/// tens of thousands of rows per second; these commands share the EF transaction instead.
/// </summary>
internal static class ArticleCommands
{
    private static readonly string[] ArticleColumns =
    [
        "DedupeKey", "Title", "Outlet", "OutletDomain", "SourceId", "PerspectiveId", "PerspectiveRule", "Link",
        "CanonicalLink", "Guid", "Snippet", "Language", "PublishedAt", "SeenAt", "SortAt", "FeedId",
    ];

    public static DbCommand InsertArticle(DbConnection connection, DbTransaction transaction)
    {
        var cmd = Create(connection, transaction,
            $"INSERT INTO Articles ({string.Join(", ", ArticleColumns)}) VALUES ({string.Join(", ", ArticleColumns.Select(c => "$" + c))}) " +
            "ON CONFLICT(DedupeKey) DO NOTHING RETURNING Id");
        foreach (var column in ArticleColumns) AddParameter(cmd, "$" + column);
        return cmd;
    }

    public static DbCommand InsertTopic(DbConnection connection, DbTransaction transaction)
    {
        var cmd = Create(connection, transaction,
            "INSERT OR IGNORE INTO ArticleTopics (ArticleId, TopicId, SortAt, PerspectiveId) VALUES ($a, $t, $s, $p)");
        foreach (var name in new[] { "$a", "$t", "$s", "$p" }) AddParameter(cmd, name);
        return cmd;
    }

    public static DbCommand SelectByKeys(DbConnection connection, DbTransaction transaction, string[] keys)
    {
        var names = keys.Select((_, i) => "$k" + i).ToArray();
        var cmd = Create(connection, transaction,
            $"SELECT Id, DedupeKey, FeedId, SortAt, PerspectiveId FROM Articles WHERE DedupeKey IN ({string.Join(", ", names)})");
        for (var i = 0; i < keys.Length; i++) AddParameter(cmd, names[i]).Value = keys[i];
        return cmd;
    }

    public static async Task<long?> RunInsertAsync(DbCommand cmd, ArticleCandidate c, string feedId, DateTime seen, DateTime sortAt, CancellationToken ct)
    {
        object?[] values =
        [
            c.DedupeKey, c.Title, c.Outlet, c.OutletDomain, c.SourceId, c.PerspectiveId, c.PerspectiveRule, c.Link,
            c.CanonicalLink, c.Guid, c.Snippet, c.Language,
            c.PublishedAt is { } p ? UtcDateTimeConverter.ToUnixMs(p) : null,
            UtcDateTimeConverter.ToUnixMs(seen), UtcDateTimeConverter.ToUnixMs(sortAt), feedId,
        ];
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        var result = await cmd.ExecuteScalarAsync(ct);
        return result is null or DBNull ? null : Convert.ToInt64(result);
    }

    public static Task<int> RunTopicAsync(DbCommand cmd, long articleId, string topic, DateTime sortAt, string perspective, CancellationToken ct)
    {
        cmd.Parameters[0].Value = articleId;
        cmd.Parameters[1].Value = topic;
        cmd.Parameters[2].Value = UtcDateTimeConverter.ToUnixMs(sortAt);
        cmd.Parameters[3].Value = perspective;
        return cmd.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        return cmd;
    }

    private static DbParameter AddParameter(DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }
}
