using Dashboard.Configuration;

namespace Dashboard.Demo;

/// <summary>
/// Serves the embedded seed as live-looking feeds, dated by <see cref="DemoTimeline"/> and released by
/// <see cref="DemoSchedule"/>, so the dashboard sees new articles arrive through the real fetch → parse → store →
/// notify path.
/// </summary>
public sealed class DemoFeedSource
{
    private readonly DemoSchedule _schedule;
    // Per feed, dated, in release order.
    private readonly Dictionary<string, DemoItem[]> _items;

    public DemoFeedSource(DemoOptions options, DateTimeOffset start, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _schedule = new DemoSchedule(options, start);
        Clock = clock;
        DateOffset = DemoTimeline.Offset(Seed.Items, start, options.OriginalDates);
        _items = Seed.Feeds.ToDictionary(
            feed => feed.Id,
            feed => DemoSchedule.ReleaseOrder(Seed.Items
                .Where(item => item.FeedId == feed.Id)
                .Select(item => item with { Published = item.Published + DateOffset })).ToArray());
    }

    /// <summary>Ids of the demo feeds ("demo-us", "demo-china").</summary>
    public static IReadOnlyList<string> FeedIds { get; } = Seed.Feeds.Select(feed => feed.Id).ToArray();

    private static DemoSeed Seed => DemoSeed.Embedded;

    /// <summary>When the first items were released.</summary>
    public DateTimeOffset Start => _schedule.Start;

    /// <summary>What was added to every seed date (zero with Demo:OriginalDates).</summary>
    public TimeSpan DateOffset { get; }

    /// <summary>When the last item of any feed is released: the replay is live until then.</summary>
    public DateTimeOffset LastReleaseAt => _items.Values.Max(items => _schedule.LastReleaseAt(items.Length));

    /// <summary>The clock the endpoints read "now" from.</summary>
    public TimeProvider Clock { get; }

    public bool IsFeed(string feedId) => _items.ContainsKey(feedId);

    /// <summary>All items of a feed, dated, in release order (see <see cref="DemoSchedule"/>); empty for an unknown feed.</summary>
    public IReadOnlyList<DemoItem> Items(string feedId) => _items.GetValueOrDefault(feedId) ?? [];

    /// <summary>How many of the feed's items are out at <paramref name="now"/>; 0 before Start.</summary>
    public int ReleasedCount(string feedId, DateTimeOffset now) => _schedule.ReleasedCount(Items(feedId).Count, now);

    /// <summary>The released items, newest first, as a feed lists them.</summary>
    public IReadOnlyList<DemoItem> Released(string feedId, DateTimeOffset now) =>
        Items(feedId).Take(ReleasedCount(feedId, now)).OrderByDescending(item => item.Published).ToArray();

    /// <summary>
    /// RSS 2.0 shaped like Google News with the items released at <paramref name="now"/>.
    /// <paramref name="siteBase"/> is the app's own base URL, against which the demo articles' links resolve.
    /// </summary>
    public byte[] BuildFeed(string feedId, DateTimeOffset now, Uri siteBase)
    {
        var feed = Seed.Feeds.FirstOrDefault(f => f.Id == feedId)
            ?? throw new ArgumentException($"Unknown demo feed '{feedId}'.", nameof(feedId));
        return GoogleNewsRss.Write(feed, Released(feedId, now), WithTrailingSlash(siteBase), now);
    }

    public DemoArticle? FindArticle(string id) => Seed.Articles.FirstOrDefault(article => article.Id == id);

    /// <summary>Feed configuration for the demo feeds, pointing at this app's /demo/feeds endpoints.</summary>
    public static IReadOnlyList<FeedOptions> FeedOptionsFor(Uri siteBase, TimeSpan pollInterval,
        FeedPerspectiveMode perspectiveMode = FeedPerspectiveMode.Fallback) => Seed.Feeds
        .Select(feed => new FeedOptions
        {
            Id = feed.Id,
            Name = feed.Name,
            Url = new Uri(WithTrailingSlash(siteBase), $"demo/feeds/{feed.Id}.xml").AbsoluteUri,
            Perspective = feed.Perspective,
            PerspectiveMode = perspectiveMode,
            Topics = ["us-china"],
            // Polled as often as items are released, so the live path shows every step.
            IntervalMinutes = pollInterval.TotalMinutes,
        })
        .ToArray();

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri.Split('?')[0] + "/");
}
