using Dashboard.Configuration;
using Dashboard.Feeds.Normalizing;

namespace Dashboard.Tests.Classifying;

/// <summary>A small hand-written registry and helpers; the shipped registry is tested in SeedOutletTests.</summary>
internal static class TestRegistry
{
    public static DashboardOptions Options() => new()
    {
        Perspectives =
        [
            new() { Id = "us", Name = "United States", Color = "#0072B2" },
            new() { Id = "china", Name = "China", Color = "#D55E00" },
            new() { Id = "japan", Name = "Japan", Color = "#CC79A7" },
        ],
        Sources =
        [
            new() { Id = "xinhua", Name = "Xinhua", Aliases = ["新华网"], Domains = ["news.cn", "xinhuanet.com"], Country = "CN", Perspective = "china" },
            new() { Id = "cgtn", Name = "CGTN", Domains = ["cgtn.com"], Country = "CN", Perspective = "china" },
            new() { Id = "nyt", Name = "The New York Times", Aliases = ["New York Times"], Domains = ["nytimes.com"], Country = "US", Perspective = "us" },
            new() { Id = "cnn", Name = "CNN", Domains = ["cnn.com"], Country = "US", Perspective = "us" },
            new() { Id = "bloomberg", Name = "Bloomberg", Domains = ["bloomberg.com"], Country = "US", Perspective = "us" },
            new() { Id = "nikkei", Name = "Nikkei", Domains = ["nikkei.com"], Country = "JP", Perspective = "japan" },
            // A registered subdomain of another source's domain, to check the most specific one wins.
            new() { Id = "nikkei-asia", Name = "Nikkei Asia", Domains = ["asia.nikkei.com"], Country = "JP", Perspective = "us" },
        ],
    };

    public static NormalizedArticle Article(string? outlet = null, string? outletDomain = null, string? link = null,
        string title = "Headline", string? snippet = null) => new()
    {
        Title = title,
        Outlet = outlet,
        OutletDomain = outletDomain,
        Link = link,
        Snippet = snippet,
        DedupeKey = "title:" + title,
    };

    public static FeedOptions Feed(string? perspective = null, FeedPerspectiveMode mode = FeedPerspectiveMode.Fallback, params string[] topics) => new()
    {
        Id = "test-feed",
        Name = "Test Feed",
        Url = "https://feeds.example/rss",
        Perspective = perspective,
        PerspectiveMode = mode,
        Topics = [.. topics],
    };
}
