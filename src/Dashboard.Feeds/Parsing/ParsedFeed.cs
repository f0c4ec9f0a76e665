namespace Dashboard.Feeds.Parsing;

/// <summary>The feed formats the parser recognises; the names match the `inspect` CLI output.</summary>
public enum FeedFormat
{
    Rss20,
    Rss10,
    Rss09x,
    Atom10,
    Atom03,
}

/// <summary>A parsed feed: pure data, no I/O. Text fields are plain text (HTML removed) unless noted.</summary>
public sealed record ParsedFeed
{
    public required FeedFormat Format { get; init; }
    public string? Title { get; init; }
    /// <summary>The feed's alternate (home page) link, absolute when it could be resolved.</summary>
    public string? Link { get; init; }
    public string? Subtitle { get; init; }
    public string? Id { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>RSS channel &lt;pubDate&gt; / dcterms:issued, UTC.</summary>
    public DateTimeOffset? Published { get; init; }
    /// <summary>Feed-level author or managing editor (display name, else e-mail).</summary>
    public string? Author { get; init; }
    public string? AuthorEmail { get; init; }
    public string? AuthorUrl { get; init; }
    /// <summary>RSS &lt;ttl&gt; in minutes, when present and valid.</summary>
    public int? TtlMinutes { get; init; }
    public IReadOnlyList<ParsedEntry> Entries { get; init; } = [];
    /// <summary>
    /// Set when the document was broken but the parser recovered (e.g. truncated after some items): the
    /// entries read before the error are kept and this says what went wrong, starting with "parse: ".
    /// </summary>
    public string? Warning { get; init; }
}

public sealed record ParsedEntry
{
    public string? Title { get; init; }
    /// <summary>The alternate link, absolute when it could be resolved (xml:base, feed link).</summary>
    public string? Link { get; init; }
    /// <summary>guid (RSS) or id (Atom).</summary>
    public string? Id { get; init; }
    /// <summary>UTC, or null when the feed gives none (never invented).</summary>
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    /// <summary>Plain text of description/summary (or of content when no summary).</summary>
    public string? Summary { get; init; }
    /// <summary>Plain text of content:encoded / atom:content.</summary>
    public string? Content { get; init; }
    /// <summary>Display author: RSS author/dc:creator text, or Atom name.</summary>
    public string? Author { get; init; }
    public string? AuthorEmail { get; init; }
    public string? AuthorUrl { get; init; }
    /// <summary>RSS &lt;source url="…"&gt;Name&lt;/source&gt; (Google News names the outlet here).</summary>
    public EntrySource? Source { get; init; }
    public string? ThumbnailUrl { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
}

public sealed record EntrySource(string? Name, string? Url);
