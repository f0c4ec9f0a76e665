using Dashboard.Live;

namespace Dashboard.Tests.Live;

/// <summary>Fixed articles for the hub's unit tests.</summary>
internal static class HubArticles
{
    private static readonly DateTime Seen = new(2025, 11, 25, 4, 0, 6, DateTimeKind.Utc);

    public static ArticleSummary Article(long id, string perspective, params string[] topics) => new(
        id, $"Headline {id}", "Outlet", null, perspective, "test rule", $"https://example.com/{id}", null,
        Seen.AddMinutes(-id), Seen, Seen, "feed-1", "en", topics);

    public static ArticlesAdded Batch(params ArticleSummary[] articles) => new("feed-1", articles);
}
