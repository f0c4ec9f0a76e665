using System.Text;
using Dashboard.Configuration;

namespace Dashboard.Tests.Ingestion;

/// <summary>A small, valid configuration and RSS documents for pipeline tests.</summary>
internal static class TestCatalog
{
    public static DashboardOptions Options(IEnumerable<FeedOptions> feeds) => new()
    {
        Perspectives =
        [
            new() { Id = "us", Name = "United States", Color = "#2563eb" },
            new() { Id = "china", Name = "China", Color = "#dc2626" },
        ],
        Sources =
        [
            new() { Id = "xinhua", Name = "Xinhua", Aliases = ["新华网"], Domains = ["news.cn", "xinhuanet.com"], Country = "CN", Perspective = "china" },
            new() { Id = "nytimes", Name = "The New York Times", Domains = ["nytimes.com"], Country = "US", Perspective = "us" },
        ],
        Topics =
        [
            new() { Id = "us-china", Name = "US vs China", Keywords = ["China", "Beijing"] },
            new() { Id = "taiwan-strait", Name = "Taiwan Strait", Keywords = ["Taiwan"] },
        ],
        Feeds = feeds.ToList(),
        Ingestion = new IngestionOptions { MinIntervalMinutes = 1, PerHostSpacingSeconds = 0 },
    };

    public static FeedOptions Feed(string id, Uri url, string? perspective = "us") => new()
    {
        Id = id, Name = "Feed " + id, Url = url.AbsoluteUri, Perspective = perspective, Topics = ["us-china"], IntervalMinutes = 5,
    };

    /// <summary>Google News-shaped RSS 2.0 with one item per (id, headline, outlet, outlet URL).</summary>
    public static string GoogleNewsRss(params (string Id, string Headline, string Outlet, string OutletUrl)[] items)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>"China" - Google News</title><link>https://news.google.com/</link>""");
        foreach (var (id, headline, outlet, outletUrl) in items)
            xml.Append($"""
                <item><title>{headline} - {outlet}</title>
                <link>https://news.google.com/rss/articles/{id}?oc=5</link>
                <guid isPermaLink="false">{id}</guid>
                <pubDate>Mon, 24 Nov 2025 08:30:00 GMT</pubDate>
                <description>&lt;a href="https://news.google.com/rss/articles/{id}?oc=5"&gt;{headline}&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;{outlet}&lt;/font&gt;</description>
                <source url="{outletUrl}">{outlet}</source></item>
                """);
        return xml.Append("</channel></rss>").ToString();
    }

    public static readonly (string, string, string, string)[] ThreeItems =
    [
        ("CBMiA1", "Xi talks with Trump over phone", "新华网", "https://www.news.cn"),
        ("CBMiA2", "Xi Presses Trump on Taiwan as They Agree to Meet in China in April", "The New York Times", "https://www.nytimes.com"),
        ("CBMiA3", "Some unrelated local story", "Unknown Gazette", "https://gazette.example"),
    ];
}
