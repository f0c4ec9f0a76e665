using Dashboard.Classifying;
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
        var sql = new OverviewSql(f, nowUtc);
        var perPerspective = sql.Where("t.PerspectiveId = p.id");
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await CommandAsync(db, $"""
            WITH RECURSIVE {sql.PerspectivesCte}
            SELECT p.id,
              (SELECT COUNT(*) FROM {sql.From()} WHERE {perPerspective}),
              (SELECT t.SortAt FROM {sql.From()} WHERE {perPerspective} ORDER BY t.SortAt DESC LIMIT 1)
            FROM persp p;
            SELECT COUNT(DISTINCT CASE WHEN a.SourceId IS NOT NULL THEN 's:' || a.SourceId WHEN a.Outlet IS NOT NULL THEN 'o:' || a.Outlet END)
            FROM {sql.From(withArticles: true)} WHERE {sql.Where()};
            """, ct);
        sql.Bind(command);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long? newest = null;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
            if (!reader.IsDBNull(2)) newest = Math.Max(newest ?? long.MinValue, reader.GetInt64(2));
        }
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var outlets = reader.GetInt32(0);

        var byPerspective = PerspectiveOrder(f, counts).Select(id => new PerspectiveCount(id, counts.GetValueOrDefault(id))).ToList();
        return new Kpis(byPerspective.Sum(p => p.Count), byPerspective, outlets, newest is { } ms ? FromMs(ms) : null);
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
