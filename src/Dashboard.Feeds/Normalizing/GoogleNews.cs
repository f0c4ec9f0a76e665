using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Normalizing;

/// <summary>What is specific to Google News feeds: their host, and the article id inside their redirect links.</summary>
public static class GoogleNews
{
    public const string Host = "news.google.com";

    /// <summary>A Google News search/topic feed: its channel link points at news.google.com.</summary>
    public static bool IsGoogleNewsFeed(ParsedFeed feed) =>
        UrlParts.Host(feed.Link) == Host
        || (feed.Title is { } title && title.EndsWith("- Google News", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The opaque id in <c>https://news.google.com/rss/articles/&lt;id&gt;?oc=5</c> (also /articles/&lt;id&gt;),
    /// stable across editions and polls, unlike the query string; null for any other link.
    /// </summary>
    public static string? ArticleId(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || !uri.Host.Equals(Host, StringComparison.OrdinalIgnoreCase))
            return null;
        var path = uri.AbsolutePath.AsSpan();
        foreach (var prefix in (ReadOnlySpan<string>)["/rss/articles/", "/articles/"])
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var id = path[prefix.Length..];
            var slash = id.IndexOf('/');
            if (slash >= 0)
                id = id[..slash];
            return id.IsEmpty ? null : id.ToString();
        }
        return null;
    }
}
