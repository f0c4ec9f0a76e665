namespace Dashboard.Feeds.Normalizing;

/// <summary>An entry turned into an article candidate: outlet identified, text cleaned, dedupe key computed.</summary>
public sealed record NormalizedArticle
{
    /// <summary>Headline without the " - Outlet" suffix Google News appends.</summary>
    public required string Title { get; init; }
    /// <summary>Outlet name as the feed gives it (Google News &lt;source&gt;, title suffix, or feed title).</summary>
    public string? Outlet { get; init; }
    /// <summary>Outlet's domain, lower case without "www." (from &lt;source url&gt; or the link).</summary>
    public string? OutletDomain { get; init; }
    /// <summary>Link a reader should open (http/https only), or null.</summary>
    public string? Link { get; init; }
    /// <summary>Canonical form of Link used for dedupe (no fragment, no tracking parameters).</summary>
    public string? CanonicalLink { get; init; }
    public string? Guid { get; init; }
    /// <summary>Plain text, at most 300 characters.</summary>
    public string? Snippet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    /// <summary>Stable key: "gn:&lt;google article id&gt;", "guid:…", "url:…" or "title:&lt;outlet&gt;|&lt;normalised title&gt;".</summary>
    public required string DedupeKey { get; init; }
}
