using Dashboard.Feeds.Parsing;
using Dashboard.Feeds.Text;

namespace Dashboard.Feeds.Normalizing;

/// <summary>
/// Turns a parsed entry into an article candidate: headline and outlet separated, the outlet's domain
/// found, the link made safe and canonical, a short snippet, and the key the store de-duplicates on.
/// </summary>
public static class ArticleNormalizer
{
    public const int SnippetLength = 300;

    /// <summary>The article, or null when the entry has neither a title nor a usable link.</summary>
    public static NormalizedArticle? Normalize(ParsedEntry entry, ParsedFeed feed)
    {
        var link = UrlParts.SafeHttpUrl(entry.Link);
        var rawTitle = Blank(entry.Title);
        if (rawTitle is null && link is null)
            return null;

        var google = GoogleNews.IsGoogleNewsFeed(feed) || GoogleNews.ArticleId(link) is not null;
        var sourceName = Blank(entry.Source?.Name);
        var (headline, suffix) = OutletSuffix.Split(rawTitle, sourceName, google);
        var outlet = sourceName ?? suffix ?? (google ? null : Blank(feed.Title));
        var canonical = UrlCanonicalizer.Canonicalize(link);
        var title = headline ?? Blank(HtmlText.Truncate(entry.Summary ?? "", 120)) ?? link!;

        return new NormalizedArticle
        {
            Title = title,
            Outlet = outlet,
            OutletDomain = UrlParts.Domain(entry.Source?.Url) ?? LinkDomain(link),
            Link = link,
            CanonicalLink = canonical,
            Guid = Blank(entry.Id),
            Snippet = Snippet(entry, rawTitle, title, outlet),
            Published = entry.Published ?? entry.Updated,
            Language = Blank(entry.Language) ?? Blank(feed.Language),
            DedupeKey = DedupeKey(link, Blank(entry.Id), canonical, outlet ?? LinkDomain(link), title),
        };
    }

    /// <summary>gn:&lt;google id&gt; → guid:… → url:&lt;canonical&gt; → title:&lt;outlet&gt;|&lt;normalised headline&gt;.</summary>
    internal static string DedupeKey(string? link, string? guid, string? canonical, string? outlet, string title)
    {
        // Google's article id first: the same article arrives with different guids/query strings across editions.
        if (GoogleNews.ArticleId(link) is { } googleId)
            return "gn:" + googleId;
        // A URL guid is globally unique; any other guid ("123") only within its publisher, so it is scoped by outlet.
        if (guid is not null)
            return Uri.TryCreate(guid, UriKind.Absolute, out _) ? "guid:" + guid : $"guid:{outlet?.ToLowerInvariant()}|{guid}";
        if (canonical is not null)
            return "url:" + canonical;
        return $"title:{outlet?.ToLowerInvariant()}|{TitleKey.Normalize(title)}";
    }

    /// <summary>The link's domain, except Google News redirect links, whose host says nothing about the outlet.</summary>
    private static string? LinkDomain(string? link)
    {
        var domain = UrlParts.Domain(link);
        return domain is null || domain == GoogleNews.Host ? null : domain;
    }

    /// <summary>
    /// The summary (or content) cut to <see cref="SnippetLength"/>; dropped when it only repeats the headline,
    /// as Google News descriptions do ("Headline  Outlet").
    /// </summary>
    private static string? Snippet(ParsedEntry entry, string? rawTitle, string title, string? outlet)
    {
        var text = Blank(entry.Summary) ?? Blank(entry.Content);
        if (text is null || text == rawTitle || text == title || (outlet is not null && text == $"{title} {outlet}"))
            return null;
        return HtmlText.Truncate(text, SnippetLength);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
