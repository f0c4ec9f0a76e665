using System.Text.Json;
using Dashboard.Configuration;
using Dashboard.Storage;

namespace Dashboard.Overview;

/// <summary>
/// The periods in which every enabled polled feed of a perspective was failing, read from FeedOutages: one reading for
/// the overview's outage marks and for the blindspot rule, which must not call a perspective silent while it was down.
/// </summary>
public static class AllDownOutages
{
    /// <summary>
    /// Per perspective, the ids of its enabled feeds among <paramref name="polledFeeds"/> (a feed's perspective is its
    /// configured one). Pass the feeds actually polled (FeedCatalog.Feeds): under --demo they are the demo feeds.
    /// </summary>
    public static Dictionary<string, HashSet<string>> FeedsOf(IEnumerable<string> perspectives, IReadOnlyList<FeedOptions> polledFeeds) =>
        perspectives.Distinct(StringComparer.Ordinal).ToDictionary(p => p, p => polledFeeds
            .Where(feed => feed.Enabled && feed.Perspective == p)
            .Select(feed => feed.Id).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    /// <summary>
    /// Per perspective of <paramref name="feedsOf"/> with at least one feed, the periods within [from, to) in which all of
    /// its feeds were failing; a still-open outage lasts until nowUtc. A perspective without feeds has no outage.
    /// </summary>
    public static async Task<IReadOnlyList<OutageSpan>> ReadAsync(DashboardDbContext db, IReadOnlyDictionary<string, HashSet<string>> feedsOf,
        DateTime from, DateTime to, DateTime nowUtc, CancellationToken ct)
    {
        var polled = feedsOf.Where(p => p.Value.Count > 0).ToList();
        if (polled.Count == 0 || from >= to) return [];

        await using var command = await db.CommandAsync("""
            SELECT FeedId, PerspectiveId, "From", "To" FROM FeedOutages
            WHERE PerspectiveId IN (SELECT value FROM json_each($persp)) AND "From" < $to AND ("To" IS NULL OR "To" > $from)
            """, ct);
        command.Parameters.AddWithValue("$persp", JsonSerializer.Serialize(polled.Select(p => p.Key)));
        command.Parameters.AddWithValue("$from", UtcDateTimeConverter.ToUnixMs(from));
        command.Parameters.AddWithValue("$to", UtcDateTimeConverter.ToUnixMs(to));
        var rows = new List<(string FeedId, string PerspectiveId, DateTime From, DateTime? To)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetString(0), reader.GetString(1), FromMs(reader.GetInt64(2)), reader.IsDBNull(3) ? null : FromMs(reader.GetInt64(3))));

        var spans = new List<OutageSpan>();
        foreach (var (perspective, feeds) in polled)
        {
            var perFeed = feeds.Select(feed => (IReadOnlyList<(DateTime, DateTime?)>)rows
                .Where(r => r.PerspectiveId == perspective && string.Equals(r.FeedId, feed, StringComparison.OrdinalIgnoreCase))
                .Select(r => (r.From, r.To)).ToList()).ToList();
            spans.AddRange(OutageSpans.AllDown(perFeed, from, to, nowUtc).Select(s => new OutageSpan(perspective, s.From, s.To)));
        }
        return spans;
    }

    private static DateTime FromMs(long ms) => DateTime.UnixEpoch.AddMilliseconds(ms);
}
