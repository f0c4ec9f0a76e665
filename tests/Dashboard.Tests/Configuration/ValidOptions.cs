using Dashboard.Configuration;

namespace Dashboard.Tests.Configuration;

/// <summary>A small, valid configuration; each rule test breaks exactly one thing in it.</summary>
internal static class ValidOptions
{
    public static DashboardOptions Create() => new()
    {
        Perspectives =
        [
            new() { Id = "us", Name = "United States", Color = "#0072B2" },
            new() { Id = "china", Name = "China", Color = "#D55E00" },
        ],
        Topics =
        [
            new() { Id = "us-china", Name = "US vs China", Keywords = ["US-China", "Xi & Trump"] },
            new() { Id = "taiwan-strait", Name = "Taiwan Strait", Keywords = ["Taiwan Strait"] },
        ],
        Sources =
        [
            new() { Id = "xinhua", Name = "Xinhua", Aliases = ["新华网"], Domains = ["news.cn", "xinhuanet.com"], Country = "CN", Perspective = "china" },
            new() { Id = "nyt", Name = "The New York Times", Aliases = ["New York Times"], Domains = ["nytimes.com"], Country = "US", Perspective = "us" },
            new() { Id = "reuters", Name = "Reuters", Domains = ["reuters.com"], Country = "INT", Perspective = "us" },
        ],
        Feeds =
        [
            new()
            {
                Id = "gn-us", Name = "Google News US", Perspective = "us", PerspectiveMode = FeedPerspectiveMode.Override,
                Url = "https://news.google.com/rss/search?q=China&hl=en-US&gl=US&ceid=US:en", Topics = ["us-china"], IntervalMinutes = 15,
            },
            new() { Id = "chinadaily", Name = "China Daily", Url = "http://www.chinadaily.com.cn/rss/world_rss.xml", Perspective = "china" },
        ],
    };
}
