using Dashboard.Storage;
namespace Dashboard.Overview;

/// <summary>The KPI strip, volume chart and top outlets of one view.</summary>
public sealed record OverviewAggregates(Kpis Kpis, IReadOnlyList<VolumePoint> Volume, IReadOnlyList<OutletCount> Outlets);

public sealed partial class OverviewQueries
{
    /// <summary>
    /// KPIs, volume and the <paramref name="outletCount"/> top outlets, the same results as <see cref="KpisAsync"/>,
    /// <see cref="VolumeAsync"/> and <see cref="TopOutletsAsync"/>. Without search text each reads few rollup rows, and
    /// the three queries run as they are; with it, all three count the same matches, read once.
    /// </summary>
    public async Task<OverviewAggregates> AggregatesAsync(ViewFilter f, DateTime nowUtc, int outletCount, CancellationToken ct)
    {
        if (outletCount is < 1 or > MaxOutlets) throw new ArgumentOutOfRangeException(nameof(outletCount), outletCount, $"view: top outlets count must be 1–{MaxOutlets}");
        var sql = Sql(f, nowUtc, Rollups ? RollupUnit.Day : RollupUnit.None);
        if (sql.CountsMatches) return await SearchAggregatesAsync(sql, f, nowUtc, outletCount, ct);
        return new OverviewAggregates(await KpisAsync(f, nowUtc, ct), await VolumeAsync(f, nowUtc, ct), await TopOutletsAsync(f, nowUtc, outletCount, ct));
    }

    /// <summary>
    /// The three aggregates of a view with search text, counted here from its matches (the search window's, else
    /// <see cref="SearchScan"/>'s, which reads each match's Articles row anyway) with the rules of <see cref="KpiSelect"/>,
    /// <see cref="VolumeSelect"/> and <see cref="OutletSelect"/>. Grouping a month's ~10,000 matches three ways in SQL
    /// took as long as finding them (sqlite3 shell, 30 days of q=taiwan on 1M articles); here it is a dictionary pass.
    /// </summary>
    private async Task<OverviewAggregates> SearchAggregatesAsync(OverviewSql sql, ViewFilter f, DateTime nowUtc, int outletCount, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var matches = sql.Window is { } window
            ? window.Match(sql).ConvertAll(m => (Perspective: m.PerspectiveId, m.SortAt, Source: m.SourceId ?? "", Outlet: m.Outlet ?? ""))
            : await SearchScan.ReadAsync(db, sql, "a.PerspectiveId, a.SortAt, coalesce(a.SourceId, ''), coalesce(a.Outlet, '')",
                "", r => (Perspective: r.GetString(0), SortAt: r.GetInt64(1), Source: r.GetString(2), Outlet: r.GetString(3)), ct);
        var size = BucketSize(f, nowUtc);
        var first = FirstBucket(sql, size);
        var kpiRows = new KpiRows();
        var buckets = new Dictionary<(string Perspective, long Start), int>();
        var outlets = new Dictionary<(string Source, string Outlet, string Perspective), (int Count, string MaxOutlet)>();
        foreach (var m in matches)
        {
            kpiRows.Add(m.Perspective, m.Source != "" ? "s:" + m.Source : m.Outlet != "" ? "o:" + m.Outlet : null, 1, m.SortAt);
            var bucket = (m.Perspective, first + (m.SortAt - first) / size * size);
            buckets[bucket] = buckets.GetValueOrDefault(bucket) + 1;
            if (m.Source == "" && m.Outlet == "") continue; // not an outlet
            // One entry per registry source, else per outlet name, and per perspective; the shown name is the greatest.
            var key = (m.Source, m.Source == "" ? m.Outlet : "", m.Perspective);
            var (count, max) = outlets.GetValueOrDefault(key, (0, m.Outlet));
            outlets[key] = (count + 1, SqliteText.Compare(m.Outlet, max) > 0 ? m.Outlet : max);
        }

        var volume = buckets.Select(b => new VolumePoint(FromMs(b.Key.Start), b.Key.Perspective, b.Value));
        var top = outlets.Select(o => (o.Key.Source, Sort: o.Key.Source != "" ? o.Key.Source : o.Key.Outlet, o.Key.Perspective, o.Value.Count, o.Value.MaxOutlet))
            .OrderByDescending(o => o.Count).ThenBy(o => o.Sort, SqliteText.Comparer).ThenBy(o => o.Perspective, SqliteText.Comparer)
            .Take(outletCount)
            .Select(o => Outlet(o.Source == "" ? null : o.Source, o.MaxOutlet == "" ? null : o.MaxOutlet, o.Perspective, o.Count));
        return new OverviewAggregates(await KpisFromAsync(db, sql, f, kpiRows, ct), Ordered(volume), [.. top]);
    }
}
