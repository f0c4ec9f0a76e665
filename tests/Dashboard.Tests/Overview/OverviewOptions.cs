using Dashboard.Configuration;

namespace Dashboard.Tests.Overview;

/// <summary>A small configuration for view tests: three perspectives, two topics, three registry sources, four feeds.</summary>
internal static class OverviewOptions
{
    public static DashboardOptions Create() => new()
    {
        Perspectives =
        [
            new() { Id = "us", Name = "United States", Color = "#2563eb" },
            new() { Id = "china", Name = "China", Color = "#dc2626" },
            new() { Id = "japan", Name = "Japan", Color = "#16a34a" },
        ],
        Sources =
        [
            new() { Id = "xinhua", Name = "Xinhua", Aliases = ["新华网"], Domains = ["news.cn"], Country = "CN", Perspective = "china" },
            new() { Id = "nytimes", Name = "The New York Times", Domains = ["nytimes.com"], Country = "US", Perspective = "us" },
            new() { Id = "kyodo", Name = "Kyodo News", Domains = ["kyodonews.net"], Country = "JP", Perspective = "japan" },
        ],
        Topics =
        [
            new() { Id = "us-china", Name = "US vs China", Keywords = ["China"] },
            new() { Id = "taiwan-strait", Name = "Taiwan Strait", Keywords = ["Taiwan"] },
        ],
        Feeds =
        [
            new() { Id = "us-a", Name = "US A", Url = "http://127.0.0.1/a", Perspective = "us" },
            new() { Id = "us-b", Name = "US B", Url = "http://127.0.0.1/b", Perspective = "us" },
            new() { Id = "cn-a", Name = "China A", Url = "http://127.0.0.1/c", Perspective = "china" },
            new() { Id = "jp-off", Name = "Japan (disabled)", Url = "http://127.0.0.1/j", Perspective = "japan", Enabled = false },
        ],
    };
}
