using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

/// <summary>
/// Reads a view's search rows — the ArticleSearch index's candidates within the window's article-id range, each
/// confirmed on its Articles row (window, topic probe, the instr rule; see <see cref="OverviewSql.SearchWhere"/>) — as
/// one statement per slice of that id range, the slices in parallel on their own connections. SQLite runs a statement
/// on one core, and confirming a month's candidates on 1M articles (~10,000 row reads and topic probes) is CPU-bound
/// work that splits evenly by id, since ids grow with ingestion.
/// </summary>
internal static class SearchScan
{

    /// <summary>
    /// The rows of <c>SELECT {columns} FROM Articles a … WHERE {search terms}{extra} {tail}</c>, slice by slice in id
    /// order. <paramref name="tail"/> (e.g. ORDER BY … LIMIT n) applies to each slice, so the caller merges: the newest
    /// n of the view are among the slices' newest n.
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(IDbContextFactory<DashboardDbContext> contexts, OverviewSql sql,
        string columns, string extra, string tail, Func<SqliteDataReader, T> read, SearchSlicing slicing, CancellationToken ct)
    {
        if (sql.SearchMatch is null) throw new InvalidOperationException("search: the view has no text the index can look up");
        var bound = await BoundAsync(contexts, sql, ct);
        if (bound is not var (lo, hi)) return [];
        var statement = $"SELECT {columns} FROM {OverviewSql.SearchFrom} WHERE {sql.SearchWhere(extra)} {tail}";
        var slices = slicing.Slices(lo, hi);
        if (slices.Count == 1) return await ReadSliceAsync(contexts, sql, statement, slices[0], read, ct);
        // The reader's async methods complete synchronously (Microsoft.Data.Sqlite), so each slice gets a thread.
        var parts = await Task.WhenAll(slices.Select(s => Task.Run(() => ReadSliceAsync(contexts, sql, statement, s, read, ct), ct)));
        return [.. parts.SelectMany(p => p)];
    }

    /// <summary>The smallest and largest article id of the topic in the window's hours (TopicHours), or null when it has none.</summary>
    private static async Task<(long Lo, long Hi)?> BoundAsync(IDbContextFactory<DashboardDbContext> contexts, OverviewSql sql, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await db.CommandAsync("""
            SELECT min(MinArticleId), max(MaxArticleId) FROM TopicHours
            WHERE TopicId = $topic AND Hour >= $fromHour AND Hour <= $lastHour
            """, ct);
        sql.Bind(command);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private static async Task<List<T>> ReadSliceAsync<T>(IDbContextFactory<DashboardDbContext> contexts, OverviewSql sql, string statement,
        (long Lo, long Hi) slice, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await db.CommandAsync(statement, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$lo", slice.Lo);
        command.Parameters.AddWithValue("$hi", slice.Hi);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }
}

/// <summary>How a search splits its id range: slices of at least <paramref name="MinIds"/> ids, at most <paramref name="MaxSlices"/>.</summary>
internal sealed record SearchSlicing(long MinIds, int MaxSlices)
{
    /// <summary>
    /// One slice per core (up to 4), each of at least 20,000 ids: for fewer, a thread and a connection cost more than
    /// the slice saves (a slice of a month on 1M articles is ~100,000 ids).
    /// </summary>
    public static readonly SearchSlicing Default = new(20_000, Math.Clamp(Environment.ProcessorCount, 1, 4));

    public List<(long Lo, long Hi)> Slices(long lo, long hi)
    {
        var count = (int)Math.Clamp((hi - lo + 1) / Math.Max(1, MinIds), 1, Math.Max(1, MaxSlices));
        var size = (hi - lo + 1 + count - 1) / count;
        return [.. Enumerable.Range(0, count).Select(i => (lo + i * size, Math.Min(hi, lo + (i + 1) * size - 1))).Where(s => s.Item1 <= s.Item2)];
    }
}
