using Dashboard.Storage;
namespace Dashboard.Overview;

/// <summary>The KPI strip, volume chart and top outlets of one view.</summary>
public sealed record OverviewAggregates(Kpis Kpis, IReadOnlyList<VolumePoint> Volume, IReadOnlyList<OutletCount> Outlets);

public sealed partial class OverviewQueries
{
    /// <summary>
    /// KPIs, volume and the <paramref name="outletCount"/> top outlets, the same results as <see cref="KpisAsync"/>,
    /// <see cref="VolumeAsync"/> and <see cref="TopOutletsAsync"/>. With search text the three read the same rows (the
    /// text index's candidates, each confirmed by an Articles row read and a topic probe, which is nearly all of their
    /// cost), so one statement computes those rows once (a MATERIALIZED CTE) and runs the three unchanged aggregates over
    /// them. Without search text each already reads few rollup rows, and the three queries run as they are.
    /// </summary>
    public async Task<OverviewAggregates> AggregatesAsync(ViewFilter f, DateTime nowUtc, int outletCount, CancellationToken ct)
    {
        if (outletCount is < 1 or > MaxOutlets) throw new ArgumentOutOfRangeException(nameof(outletCount), outletCount, $"view: top outlets count must be 1–{MaxOutlets}");
        var sql = new OverviewSql(f, nowUtc, Rollups ? RollupUnit.Day : RollupUnit.None);
        if (sql.SearchMatch is null)
            return new OverviewAggregates(await KpisAsync(f, nowUtc, ct), await VolumeAsync(f, nowUtc, ct), await TopOutletsAsync(f, nowUtc, outletCount, ct));

        // Search rows are raw rows whatever the rollup unit (OverviewSql), so the volume's buckets are exact here too.
        var size = BucketSize(f, nowUtc);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The matches (m) are folded first into one row per (perspective, source, outlet, volume bucket), with the bucket's
        // count and newest SortAt: a few thousand rows at most for a month, against ~10,000 matches. The three aggregates
        // then read that as their v unchanged and give the same results: their groups are unions of these (each
        // SortAt stays in its bucket, max of maxes is the max, max(Outlet) and sums likewise), and grouping all the matches
        // three times was about a quarter of the statement's time (sqlite3 shell, 30 days of q=taiwan on 1M articles).
        // One result set, tagged per aggregate; each part's columns start at column 1 (unused ones null). A compound
        // SELECT promises no row order, so the outlets carry their rank (column 6).
        await using var command = await db.CommandAsync($"""
            WITH {sql.Rows("m")},
            v(PerspectiveId, SortAt, SourceId, Outlet, n) AS MATERIALIZED (
              SELECT PerspectiveId, max(SortAt), SourceId, Outlet, SUM(n) FROM m
              GROUP BY PerspectiveId, SourceId, Outlet, $first + (SortAt - $first) / $size * $size)
            SELECT 'k', *, NULL, NULL FROM ({KpiSelect})
            UNION ALL
            SELECT 'v', *, NULL, NULL, NULL FROM ({VolumeSelect})
            UNION ALL
            SELECT 'o', *, row_number() OVER (ORDER BY total DESC, k, PerspectiveId) FROM ({OutletSelect})
            """, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$first", FirstBucket(sql, size));
        command.Parameters.AddWithValue("$size", size);
        command.Parameters.AddWithValue("$limit", outletCount);

        var kpiRows = new KpiRows();
        var points = new List<VolumePoint>();
        var outlets = new List<(long Rank, OutletCount Outlet)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                switch (reader.GetString(0))
                {
                    case "k": kpiRows.Add(reader, 1); break;
                    case "v" when reader.GetInt32(3) is var count and > 0: points.Add(new VolumePoint(FromMs(reader.GetInt64(2)), reader.GetString(1), count)); break;
                    case "o": outlets.Add((reader.GetInt64(6), ReadOutlet(reader, 1))); break;
                }
        return new OverviewAggregates(await KpisFromAsync(db, sql, f, kpiRows, ct), Ordered(points),
            outlets.OrderBy(o => o.Rank).Select(o => o.Outlet).ToList());
    }
}
