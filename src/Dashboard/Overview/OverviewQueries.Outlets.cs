using Dashboard.Storage;
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
        var sql = Sql(f, nowUtc, Rollups ? RollupUnit.Day : RollupUnit.None);
        if (sql.CountsMatches) return (await SearchAggregatesAsync(sql, f, nowUtc, count, ct)).Outlets;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await db.CommandAsync($"WITH {sql.Rows()}\n{OutletSelect}", ct);
        sql.Bind(command);
        command.Parameters.AddWithValue("$limit", count);

        var outlets = new List<OutletCount>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) outlets.Add(ReadOutlet(reader, 0));
        return outlets;
    }

    /// <summary>Top outlet rows from CTE <c>v</c>: (source id, outlet name, perspective, articles, sort key), $limit of them.</summary>
    private const string OutletSelect = """
        SELECT nullif(SourceId, ''), nullif(max(Outlet), ''), PerspectiveId, SUM(n) AS total,
               CASE WHEN SourceId <> '' THEN SourceId ELSE Outlet END AS k
        FROM v
        WHERE SourceId <> '' OR Outlet <> ''
        GROUP BY SourceId, CASE WHEN SourceId = '' THEN Outlet END, PerspectiveId
        ORDER BY total DESC, k, PerspectiveId
        LIMIT $limit
        """;

    /// <summary>The <see cref="OutletSelect"/> row whose columns start at <paramref name="at"/>.</summary>
    private OutletCount ReadOutlet(System.Data.Common.DbDataReader reader, int at) =>
        Outlet(reader.IsDBNull(at) ? null : reader.GetString(at), reader.IsDBNull(at + 1) ? null : reader.GetString(at + 1),
            reader.GetString(at + 2), reader.GetInt32(at + 3));

    /// <param name="sourceId">The registry source, null for none.</param>
    /// <param name="outletName">The greatest outlet name written under it (null when none is non-empty).</param>
    private OutletCount Outlet(string? sourceId, string? outletName, string perspectiveId, int count)
    {
        // A registry outlet appears under several spellings (新华网, Xinhua); show the registry's name.
        var name = sourceId is not null && SourceNames.TryGetValue(sourceId, out var registered) ? registered : outletName ?? sourceId!;
        return new OutletCount(sourceId, name, perspectiveId, count);
    }

    private Dictionary<string, string> SourceNames => _sourceNames ??= Options.Sources.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
    private Dictionary<string, string>? _sourceNames;
}
