using System.Text.Json;
using Dashboard.Configuration;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>Outages judged by the configured feeds (<see cref="DashboardOptions.Feeds"/>), which are the polled ones outside demo mode.</summary>
    public Task<IReadOnlyList<OutageSpan>> OutagesAsync(ViewFilter f, DateTime nowUtc, CancellationToken ct) =>
        OutagesAsync(f, nowUtc, Options.Feeds, ct);

    /// <summary>
    /// Per perspective of the view (all configured ones when it names none), the periods within the window in which
    /// every enabled feed of <paramref name="polledFeeds"/> with that perspective was failing; a still-open outage lasts until
    /// nowUtc. Pass the feeds actually polled (FeedCatalog.Feeds): under --demo they are the demo feeds, not the configured ones.
    /// </summary>
    public async Task<IReadOnlyList<OutageSpan>> OutagesAsync(ViewFilter f, DateTime nowUtc, IReadOnlyList<FeedOptions> polledFeeds, CancellationToken ct)
    {
        var sql = new OverviewSql(f, nowUtc);
        var perspectives = f.Perspectives.Count > 0 ? f.Perspectives : Options.Perspectives.Select(p => p.Id).ToList();
        var feedsOf = perspectives.ToDictionary(p => p, p => polledFeeds
            .Where(feed => feed.Enabled && feed.Perspective == p)
            .Select(feed => feed.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
        if (feedsOf.Values.All(feeds => feeds.Count == 0)) return [];

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var command = await db.CommandAsync("""
            SELECT FeedId, PerspectiveId, "From", "To" FROM FeedOutages
            WHERE PerspectiveId IN (SELECT value FROM json_each($persp)) AND "From" < $to AND ("To" IS NULL OR "To" > $from)
            """, ct);
        command.Parameters.AddWithValue("$persp", JsonSerializer.Serialize(feedsOf.Where(p => p.Value.Count > 0).Select(p => p.Key)));
        command.Parameters.AddWithValue("$from", sql.FromMs);
        command.Parameters.AddWithValue("$to", sql.ToMs);
        var rows = new List<(string FeedId, string PerspectiveId, DateTime From, DateTime? To)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetString(0), reader.GetString(1), FromMs(reader.GetInt64(2)), reader.IsDBNull(3) ? null : FromMs(reader.GetInt64(3))));

        var (from, to) = (FromMs(sql.FromMs), FromMs(sql.ToMs));
        var spans = new List<OutageSpan>();
        foreach (var (perspective, feeds) in feedsOf.Where(p => p.Value.Count > 0))
        {
            var perFeed = feeds.Select(feed => (IReadOnlyList<(DateTime, DateTime?)>)rows
                .Where(r => r.PerspectiveId == perspective && string.Equals(r.FeedId, feed, StringComparison.OrdinalIgnoreCase))
                .Select(r => (r.From, r.To)).ToList()).ToList();
            spans.AddRange(OutageSpans.AllDown(perFeed, from, to, nowUtc).Select(s => new OutageSpan(perspective, s.From, s.To)));
        }
        return spans;
    }
}
