using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>
    /// Articles per (bucket, perspective), non-zero ones only, in bucket then perspective order. Buckets are
    /// <see cref="TimeRange.BucketFor"/> long and aligned in UTC (start = floor(unix ms / bucket ms) × bucket ms);
    /// the first and last are clipped to the window.
    /// </summary>
    public async Task<IReadOnlyList<VolumePoint>> VolumeAsync(ViewFilter f, DateTime nowUtc, CancellationToken ct)
    {
        var size = BucketSize(f, nowUtc);
        // Hour and day buckets are unions of whole UTC hours (days), so each rollup row falls into one bucket;
        // 5-minute buckets (windows up to 6 h) count raw rows.
        var unit = !Rollups ? RollupUnit.None
            : size % Storage.OverviewIndex.DayMs == 0 ? RollupUnit.Day
            : size % Storage.OverviewIndex.HourMs == 0 ? RollupUnit.Hour
            : RollupUnit.None;
        var sql = Sql(f, nowUtc, unit);
        if (sql.CountsMatches) return (await SearchAggregatesAsync(sql, f, nowUtc, 1, ct)).Volume;
        var first = FirstBucket(sql, size);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Without source, outlet or text terms and up to a week, one index range count per (perspective, bucket) reads
        // only the (TopicId, PerspectiveId, SortAt) index, no sort, and beats grouping a week of rollup rows by outlet.
        await using var command = await db.CommandAsync(sql.NeedsArticles || unit == RollupUnit.Day
            ? $"""
              WITH {sql.Rows()}
              {VolumeSelect}
              """
            : $"""
              WITH RECURSIVE {sql.PerspectivesCte},
              bucket(start) AS (SELECT $first UNION ALL SELECT start + $size FROM bucket WHERE start + $size < $to)
              SELECT p.id, b.start,
                (SELECT COUNT(*) FROM {sql.From()} WHERE {sql.Where("t.PerspectiveId = p.id", "max(b.start, $from)", "min(b.start + $size, $to)")})
              FROM persp p, bucket b
              """, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$first", first);
        command.Parameters.AddWithValue("$size", size);

        var points = new List<VolumePoint>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (reader.GetInt32(2) is var count and > 0)
                points.Add(new VolumePoint(FromMs(reader.GetInt64(1)), reader.GetString(0), count));
        return Ordered(points);
    }

    /// <summary>Volume rows from CTE <c>v</c>: (PerspectiveId, bucket start, articles), for $first and $size.</summary>
    private const string VolumeSelect = """
        SELECT PerspectiveId, $first + (SortAt - $first) / $size * $size AS start, SUM(n)
        FROM v GROUP BY PerspectiveId, start
        """;

    private static long BucketSize(ViewFilter f, DateTime nowUtc)
    {
        var (from, to) = f.Range.Resolve(nowUtc);
        return (long)TimeRange.BucketFor(from, to).TotalMilliseconds;
    }

    private static long FirstBucket(OverviewSql sql, long size) => sql.FromMs - ((sql.FromMs % size) + size) % size;

    private static List<VolumePoint> Ordered(IEnumerable<VolumePoint> points) =>
        points.OrderBy(p => p.BucketStart).ThenBy(p => p.PerspectiveId, StringComparer.Ordinal).ToList();
}
