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
        var sql = new OverviewSql(f, nowUtc);
        var size = (long)TimeRange.BucketFor(FromMs(sql.FromMs), FromMs(sql.ToMs)).TotalMilliseconds;
        var first = sql.FromMs - ((sql.FromMs % size) + size) % size;
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One index range count per (perspective, bucket) instead of GROUP BY SortAt / size: the counts come
        // straight off the (TopicId, PerspectiveId, SortAt) index, with no sort of the window's rows.
        await using var command = await CommandAsync(db, $"""
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
        return points.OrderBy(p => p.BucketStart).ThenBy(p => p.PerspectiveId, StringComparer.Ordinal).ToList();
    }
}
