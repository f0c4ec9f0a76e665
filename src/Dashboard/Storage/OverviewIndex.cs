using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Dashboard.Storage;

/// <summary>
/// Derived tables that keep the overview's queries off the raw rows of long windows, written by ArticleStore in the
/// commit transaction (never by triggers: a batch folds its topic rows into few rollup upserts, which per-row
/// triggers cannot, and ingest speed has a target):
/// <list type="bullet">
/// <item><c>ArticleSearch</c>: a contentless FTS5 trigram index of <c>lower(Title) || char(10) || lower(Snippet)</c>, rowid = article
/// id. detail=none (no positions) makes it about a third of the cost to write of a positional index; it only yields
/// candidates, which the search then confirms with the exact instr(lower(…)) rule of <c>TextQuery</c>.</item>
/// <item><c>HourlyCounts</c>: ArticleTopics rows per (topic, UTC hour of SortAt, perspective, source id, outlet name);
/// '' stands for null, and the overview treats an empty source id or outlet name as none on every path.</item>
/// <item><c>DailyCounts</c>: the same per UTC day (Hour / 24), so a month reads about 30 rows per outlet instead of 720.</item>
/// <item><c>TopicHours</c>: the smallest and largest article id per (topic, hour), which bounds the rowids a search of a
/// window has to read from the FTS index.</item>
/// </list>
/// None of them is in the EF model (EF cannot describe FTS5 or WITHOUT ROWID tables): the OverviewSpeed migration and
/// <see cref="Ensure"/> (after EnsureCreated; after Migrate it only repairs a missing table) create them from the same
/// SQL. Rows written around ArticleStore need <see cref="Rebuild"/>. Articles are never deleted today; a delete path
/// would have to remove them here too (FTS5 'delete' with the original text, and a decrement of the counts).
/// </summary>
public static class OverviewIndex
{
    public const long HourMs = 3_600_000;
    public const long DayMs = 24 * HourMs;
    private const string HourMsText = "3600000";

    internal const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(
            Body, content='', detail=none, columnsize=0, tokenize='trigram case_sensitive 1');
        CREATE TABLE IF NOT EXISTS HourlyCounts (
            TopicId TEXT NOT NULL,
            Hour INTEGER NOT NULL,
            PerspectiveId TEXT NOT NULL,
            SourceId TEXT NOT NULL,
            Outlet TEXT NOT NULL,
            Count INTEGER NOT NULL,
            PRIMARY KEY (TopicId, Hour, PerspectiveId, SourceId, Outlet)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS DailyCounts (
            TopicId TEXT NOT NULL,
            Day INTEGER NOT NULL,
            PerspectiveId TEXT NOT NULL,
            SourceId TEXT NOT NULL,
            Outlet TEXT NOT NULL,
            Count INTEGER NOT NULL,
            PRIMARY KEY (TopicId, Day, PerspectiveId, SourceId, Outlet)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS TopicHours (
            TopicId TEXT NOT NULL,
            Hour INTEGER NOT NULL,
            MinArticleId INTEGER NOT NULL,
            MaxArticleId INTEGER NOT NULL,
            PRIMARY KEY (TopicId, Hour)
        ) WITHOUT ROWID;
        """;

    /// <summary>Fills the (empty) tables from Articles and ArticleTopics.</summary>
    internal const string BackfillSql = $"""
        INSERT INTO ArticleSearch (rowid, Body) SELECT Id, {SearchBody} FROM Articles;
        INSERT INTO HourlyCounts (TopicId, Hour, PerspectiveId, SourceId, Outlet, Count)
        SELECT t.TopicId, t.SortAt / {HourMsText}, t.PerspectiveId, coalesce(a.SourceId, ''), coalesce(a.Outlet, ''), COUNT(*)
        FROM ArticleTopics t JOIN Articles a ON a.Id = t.ArticleId
        GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO DailyCounts (TopicId, Day, PerspectiveId, SourceId, Outlet, Count)
        SELECT TopicId, Hour / 24, PerspectiveId, SourceId, Outlet, SUM(Count) FROM HourlyCounts GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO TopicHours (TopicId, Hour, MinArticleId, MaxArticleId)
        SELECT TopicId, SortAt / {HourMsText}, min(ArticleId), max(ArticleId) FROM ArticleTopics GROUP BY 1, 2;
        """;

    internal const string DropSql =
        "DROP TABLE IF EXISTS ArticleSearch; DROP TABLE IF EXISTS HourlyCounts; DROP TABLE IF EXISTS DailyCounts; DROP TABLE IF EXISTS TopicHours;";
    private const int TableCount = 4;

    // Both the backfill and the ingest path index exactly this text, so the index is a superset of TextQuery's matches.
    private const string SearchBody = "lower(Title) || char(10) || coalesce(lower(Snippet), '')";

    private const string InsertSearchSql = "INSERT INTO ArticleSearch (rowid, Body) VALUES (?1, lower(?2) || char(10) || coalesce(lower(?3), ''))";

    private const string AddCountSql = """
        INSERT INTO HourlyCounts (TopicId, Hour, PerspectiveId, SourceId, Outlet, Count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT DO UPDATE SET Count = Count + excluded.Count
        """;

    private const string AddDayCountSql = """
        INSERT INTO DailyCounts (TopicId, Day, PerspectiveId, SourceId, Outlet, Count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT DO UPDATE SET Count = Count + excluded.Count
        """;

    private const string AddTopicHourSql = """
        INSERT INTO TopicHours (TopicId, Hour, MinArticleId, MaxArticleId) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT DO UPDATE SET MinArticleId = min(MinArticleId, excluded.MinArticleId), MaxArticleId = max(MaxArticleId, excluded.MaxArticleId)
        """;

    /// <summary>
    /// Creates the tables and backfills them when they are missing (idempotent). A database that has ArticleSearch
    /// but lacks the others (or the reverse) is rebuilt, so they never disagree.
    /// </summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        var present = Scalar(connection, tx,
            "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('ArticleSearch', 'HourlyCounts', 'DailyCounts', 'TopicHours')");
        if (present != TableCount)
        {
            Execute(connection, tx, DropSql);
            Execute(connection, tx, CreateSql);
            Execute(connection, tx, BackfillSql);
        }
        tx.Commit();
    }

    /// <summary>Empties and refills the tables from the raw rows (for data written around ArticleStore, such as test fixtures).</summary>
    public static void Rebuild(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, DropSql);
        Execute(connection, tx, CreateSql);
        Execute(connection, tx, BackfillSql);
        tx.Commit();
    }

    /// <summary>Indexes new articles' text; runs in the caller's transaction.</summary>
    internal static void AddSearchText(SqliteConnection connection, IEnumerable<(long Id, string Title, string? Snippet)> articles)
    {
        using var insert = new RawStatement(connection, InsertSearchSql);
        foreach (var (id, title, snippet) in articles) insert.Bind(1, id).Bind(2, title).Bind(3, snippet).Execute();
    }

    /// <summary>Adds inserted ArticleTopics rows to the rollups, one upsert per distinct key; runs in the caller's transaction.</summary>
    internal static void AddTopicRows(SqliteConnection connection, IReadOnlyCollection<TopicRow> inserted)
    {
        if (inserted.Count == 0) return;
        var counts = new Dictionary<(string Topic, long Hour, string Perspective, string Source, string Outlet), long>();
        var bounds = new Dictionary<(string, long), (long Min, long Max)>();
        foreach (var row in inserted)
        {
            var hour = HourOf(row.SortAt);
            var key = (row.TopicId, hour, row.PerspectiveId, row.SourceId ?? "", row.Outlet ?? "");
            counts[key] = counts.GetValueOrDefault(key) + 1;
            bounds[(row.TopicId, hour)] = bounds.TryGetValue((row.TopicId, hour), out var b)
                ? (Math.Min(b.Min, row.ArticleId), Math.Max(b.Max, row.ArticleId))
                : (row.ArticleId, row.ArticleId);
        }
        using (var add = new RawStatement(connection, AddCountSql))
            foreach (var ((topic, hour, perspective, source, outlet), n) in counts)
                add.Bind(1, topic).Bind(2, hour).Bind(3, perspective).Bind(4, source).Bind(5, outlet).Bind(6, n).Execute();
        // Hour / 24 truncated, as the backfill's SQL divides.
        var days = counts.GroupBy(c => c.Key with { Hour = c.Key.Hour / 24 }, c => c.Value);
        using (var add = new RawStatement(connection, AddDayCountSql))
            foreach (var day in days)
                add.Bind(1, day.Key.Topic).Bind(2, day.Key.Hour).Bind(3, day.Key.Perspective).Bind(4, day.Key.Source).Bind(5, day.Key.Outlet).Bind(6, day.Sum()).Execute();
        using var bound = new RawStatement(connection, AddTopicHourSql);
        foreach (var ((topic, hour), (min, max)) in bounds)
            bound.Bind(1, topic).Bind(2, hour).Bind(3, min).Bind(4, max).Execute();
    }

    /// <summary>
    /// The hour bucket of a stored SortAt: ms / HourMs truncated, exactly as SQLite's integer division in the backfill.
    /// For times before 1970 that is not the UTC hour, so the queries read such windows from the raw rows.
    /// </summary>
    internal static long HourOf(DateTime sortAt) => UtcDateTimeConverter.ToUnixMs(sortAt) / HourMs;

    private static long Scalar(SqliteConnection connection, DbTransaction tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)tx;
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, DbTransaction tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
