using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Stories;

/// <summary>
/// The feeds' side of the blindspot rule for a set of stories: which compared perspectives have a polled feed, and
/// their all-feeds-down periods over the stories' time — read once for all the stories judged together.
/// </summary>
internal sealed class BlindspotFeeds(BlindspotOptions rule, IReadOnlySet<string> polled, IReadOnlySet<string> read, IReadOnlyList<OutageSpan> outages)
{
    /// <param name="polledFeeds">The feeds in force (FeedCatalog.Feeds): under --demo the demo feeds, not the configured ones.</param>
    /// <param name="first">The earliest first article of the stories.</param>
    /// <param name="last">The latest last article of the stories.</param>
    public static async Task<BlindspotFeeds> LoadAsync(DashboardDbContext db, BlindspotOptions rule, IReadOnlyList<FeedOptions> polledFeeds,
        DateTime first, DateTime last, CancellationToken ct)
    {
        var feedsOf = AllDownOutages.FeedsOf(rule.Perspectives, polledFeeds);
        var polled = feedsOf.Where(p => p.Value.Count > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // Just past the last article, since the window is half-open and a story may be one instant. An open outage
        // counts until the window's end: the stories are in the past, so clipped to the window that is "until now".
        var to = last.AddMilliseconds(1);
        var outages = await AllDownOutages.ReadAsync(db, feedsOf, first, to, to, ct);
        var polledIds = feedsOf.Values.SelectMany(ids => ids).ToList();
        var readIds = (await db.Feeds.Where(f => polledIds.Contains(f.Id) && f.LastSuccessAt != null).Select(f => f.Id).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var read = feedsOf.Where(p => p.Value.Any(readIds.Contains)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return new BlindspotFeeds(rule, polled, read, outages);
    }

    public BlindspotVerdict Judge(IReadOnlyDictionary<string, int> countsByPerspective, DateTime firstAt, DateTime lastAt) =>
        BlindspotRule.Judge(new BlindspotEvidence(countsByPerspective, firstAt, lastAt, outages, polled, read), rule);
}
