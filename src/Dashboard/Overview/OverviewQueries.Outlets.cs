using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>
    /// The <paramref name="count"/> (1–100) outlets with most articles in the view. An outlet is its registry source,
    /// else its name; one that wrote under two perspectives (a feed overriding the registry) is one entry per perspective.
    /// Articles with neither source nor outlet name (empty counts as none) are not an outlet.
    /// </summary>
    public async Task<IReadOnlyList<OutletCount>> TopOutletsAsync(ViewFilter f, DateTime nowUtc, int count, CancellationToken ct)
    {
        if (count is < 1 or > MaxOutlets) throw new ArgumentOutOfRangeException(nameof(count), count, $"view: top outlets count must be 1–{MaxOutlets}");
        var sql = new OverviewSql(f, nowUtc, Rollups ? RollupUnit.Day : RollupUnit.None);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await CommandAsync(db, $"""
            WITH {sql.Rows()}
            SELECT nullif(SourceId, ''), nullif(max(Outlet), ''), PerspectiveId, SUM(n) AS total,
                   CASE WHEN SourceId <> '' THEN SourceId ELSE Outlet END AS k
            FROM v
            WHERE SourceId <> '' OR Outlet <> ''
            GROUP BY SourceId, CASE WHEN SourceId = '' THEN Outlet END, PerspectiveId
            ORDER BY total DESC, k, PerspectiveId
            LIMIT $limit
            """, ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$limit", count);

        var names = Options.Sources.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var outlets = new List<OutletCount>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var sourceId = reader.IsDBNull(0) ? null : reader.GetString(0);
            // A registry outlet appears under several spellings (新华网, Xinhua); show the registry's name.
            var name = sourceId is not null && names.TryGetValue(sourceId, out var registered) ? registered
                : reader.IsDBNull(1) ? sourceId! : reader.GetString(1);
            outlets.Add(new OutletCount(sourceId, name, reader.GetString(2), reader.GetInt32(3)));
        }
        return outlets;
    }
}
