using Dashboard.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Overview;

/// <summary>
/// Reads a view's search rows: the ArticleSearch index's candidates within the window's article-id range (TopicHours),
/// each confirmed on its Articles row (window, topic probe, the instr rule; see <see cref="OverviewSql.SearchWhere"/>).
/// One statement: splitting the id range into slices read in parallel on two connections was measured slower, not
/// faster, in the app's process (30 days of q=taiwan on 1M articles: 73 against 53 ms; docs/benchmarks.md).
/// </summary>
internal static class SearchScan
{
    /// <summary>
    /// The rows of <c>SELECT {columns} FROM Articles a … WHERE {search terms}{extra} {tail}</c>, on the caller's
    /// connection; <paramref name="tail"/> may order and limit them.
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(DashboardDbContext db, OverviewSql sql,
        string columns, string extra, Func<SqliteDataReader, T> read, CancellationToken ct, string tail = "")
    {
        if (sql.SearchMatch is null) throw new InvalidOperationException("search: the view has no text the index can look up");
        await using var command = await db.CommandAsync($"""
            WITH {OverviewSql.BoundCte}
            SELECT {columns} FROM {OverviewSql.SearchFrom} WHERE {sql.SearchWhere(extra)} {tail}
            """, ct);
        sql.Bind(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }
}
