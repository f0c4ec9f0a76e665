using Dashboard.Configuration;

namespace Dashboard.Demo;

/// <summary>
/// Serves the embedded seed as live-looking feeds: each feed releases <see cref="DemoOptions.ItemsPerStep"/>
/// more items every <see cref="DemoOptions.StepSeconds"/>, oldest first, so the dashboard sees new articles
/// arrive through the real fetch → parse → store → notify path.
/// </summary>
public sealed class DemoFeedSource
{
    private readonly int _itemsPerStep;
    private readonly TimeSpan _step;
    // Per feed, in release order: oldest first, so what appears later is also newer.
    private readonly Dictionary<string, DemoItem[]> _items;

    public DemoFeedSource(DemoOptions options, DateTimeOffset start, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ItemsPerStep, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.StepSeconds, 1);
        _itemsPerStep = options.ItemsPerStep;
        _step = TimeSpan.FromSeconds(options.StepSeconds);
        Start = start;
        Clock = clock;
        _items = Seed.Feeds.ToDictionary(
            feed => feed.Id,
            feed => Seed.Items.Where(item => item.FeedId == feed.Id).OrderBy(item => item.Published).ToArray());
    }

    /// <summary>Ids of the demo feeds ("demo-us", "demo-china").</summary>
    public static IReadOnlyList<string> FeedIds { get; } = Seed.Feeds.Select(feed => feed.Id).ToArray();

    private static DemoSeed Seed => DemoSeed.Embedded;

    /// <summary>When the first step was released.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The clock the endpoints read "now" from.</summary>
    public TimeProvider Clock { get; }

    public bool IsFeed(string feedId) => _items.ContainsKey(feedId);

    /// <summary>All items of a feed, in release order (oldest first); empty for an unknown feed.</summary>
    public IReadOnlyList<DemoItem> Items(string feedId) => _items.GetValueOrDefault(feedId) ?? [];

    /// <summary>min(total, ItemsPerStep × (1 + whole steps since Start)); 0 before Start.</summary>
    public int ReleasedCount(string feedId, DateTimeOffset now)
    {
        var total = Items(feedId).Count;
        if (now < Start) return 0;
        var steps = (now - Start).Ticks / _step.Ticks;
        return (int)Math.Min(total, _itemsPerStep * (1 + steps));
    }

    /// <summary>The released items, newest first, as a feed lists them.</summary>
    public IReadOnlyList<DemoItem> Released(string feedId, DateTimeOffset now) =>
        Items(feedId).Take(ReleasedCount(feedId, now)).Reverse().ToArray();

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
