using Dashboard.Classifying;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>
    /// Articles in the view, per perspective (every configured one, or the filter's, zeros included; others such as
    /// "unclassified" when they have articles), distinct outlets (registry source, else outlet name), newest SortAt.
    /// </summary>
    public async Task<Kpis> KpisAsync(ViewFilter f, DateTime nowUtc, CancellationToken ct)
    {
        var sql = Sql(f, nowUtc, Rollups ? RollupUnit.Day : RollupUnit.None);
        if (sql.CountsMatches) return (await SearchAggregatesAsync(sql, f, nowUtc, 1, ct)).Kpis;
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One pass over the view's rows, grouped by (perspective, outlet key): a few hundred rows at most, from which
        // the counts and the distinct outlets follow. max(SortAt) is exact for raw rows and an hour's start for rollup rows.
        await using var command = await db.CommandAsync($"WITH {sql.Rows()}\n{KpiSelect}", ct);
        sql.Bind(command);

        var rows = new KpiRows();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) rows.Add(reader, 0);
        return await KpisFromAsync(db, sql, f, rows, ct);
    }

    /// <summary>KPI rows from CTE <c>v</c>: (PerspectiveId, outlet key or null, articles, newest SortAt).</summary>
    private const string KpiSelect = """
        SELECT PerspectiveId,
               CASE WHEN SourceId <> '' THEN 's:' || SourceId WHEN Outlet <> '' THEN 'o:' || Outlet END AS k,
               SUM(n), max(SortAt)
        FROM v GROUP BY PerspectiveId, k
        """;

    /// <summary>The rows of <see cref="KpiSelect"/>, accumulated.</summary>
    internal sealed class KpiRows
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
        public HashSet<string> OutletKeys { get; } = new(StringComparer.Ordinal);
        public long? NewestFrom { get; private set; }

        /// <summary>Adds the row whose columns start at <paramref name="at"/>.</summary>
        public void Add(System.Data.Common.DbDataReader reader, int at) =>
            Add(reader.GetString(at), reader.IsDBNull(at + 1) ? null : reader.GetString(at + 1), reader.GetInt32(at + 2), reader.GetInt64(at + 3));

        /// <summary>Adds <paramref name="count"/> articles of a perspective and outlet key (null for none), newest at <paramref name="newest"/>.</summary>
        public void Add(string perspectiveId, string? outletKey, int count, long newest)
        {
            Counts[perspectiveId] = Counts.GetValueOrDefault(perspectiveId) + count;
            if (outletKey is not null) OutletKeys.Add(outletKey);
            NewestFrom = Math.Max(NewestFrom ?? long.MinValue, newest);
        }
    }

    private async Task<Kpis> KpisFromAsync(DashboardDbContext db, OverviewSql sql, ViewFilter f, KpiRows rows, CancellationToken ct)
    {
        var (counts, outletKeys, newestFrom) = (rows.Counts, rows.OutletKeys, rows.NewestFrom);
        var byPerspective = PerspectiveOrder(f, counts).Select(id => new PerspectiveCount(id, counts.GetValueOrDefault(id))).ToList();
        // Raw rows (the edges, or every row when searching) give their SortAt; rollup rows only their hour or day.
        var newest = newestFrom is { } at && sql.RollupSpanAt(at) is var span and > 0
            ? await NewestWithinAsync(db, sql, at, span, ct)
            : newestFrom;
        return new Kpis(byPerspective.Sum(p => p.Count), byPerspective, outletKeys.Count, newest is { } ms ? FromMs(ms) : null);
    }

    /// <summary>The newest SortAt of the view's raw rows in [<paramref name="fromMs"/>, + <paramref name="span"/>).</summary>
    private static async Task<long?> NewestWithinAsync(DashboardDbContext db, OverviewSql sql, long fromMs, long span, CancellationToken ct)
    {
        await using var command = await db.CommandAsync($"""
            SELECT max(t.SortAt) FROM {sql.From()} WHERE {sql.Where(fromMs: "$spanFrom", toMs: "$spanTo")}
            """, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$spanFrom", fromMs);
        command.Parameters.AddWithValue("$spanTo", fromMs + span);
        return await command.ExecuteScalarAsync(ct) is long ms ? ms : null;
    }

    /// <summary>The filter's perspectives; else the configured ones, then unclassified and any others that have articles.</summary>
    private IEnumerable<string> PerspectiveOrder(ViewFilter f, IReadOnlyDictionary<string, int> counts)
    {
        if (f.Perspectives.Count > 0) return f.Perspectives;
        var configured = Options.Perspectives.Select(p => p.Id).ToList();
        var others = counts.Where(c => c.Value > 0 && !configured.Contains(c.Key)).Select(c => c.Key)
            .OrderBy(id => id != Classification.UnclassifiedId).ThenBy(id => id, StringComparer.Ordinal);
        return configured.Concat(others);
    }
}
