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
        var sql = new OverviewSql(f, nowUtc, Rollups ? RollupUnit.Day : RollupUnit.None);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One pass over the view's rows, grouped by (perspective, outlet key): a few hundred rows at most, from which
        // the counts and the distinct outlets follow. max(SortAt) is exact for raw rows and an hour's start for rollup rows.
        await using var command = await CommandAsync(db, $"""
            WITH {sql.Rows()}
            SELECT PerspectiveId,
                   CASE WHEN SourceId <> '' THEN 's:' || SourceId WHEN Outlet <> '' THEN 'o:' || Outlet END AS k,
                   SUM(n), max(SortAt)
            FROM v GROUP BY PerspectiveId, k
            """, ct);
        sql.Bind(command);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var outletKeys = new HashSet<string>(StringComparer.Ordinal);
        long? newestFrom = null;
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                counts[reader.GetString(0)] = counts.GetValueOrDefault(reader.GetString(0)) + reader.GetInt32(2);
                if (!reader.IsDBNull(1)) outletKeys.Add(reader.GetString(1));
                newestFrom = Math.Max(newestFrom ?? long.MinValue, reader.GetInt64(3));
            }

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
        await using var command = await CommandAsync(db, $"""
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
