namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Collects the feed while it is read. It lives outside the adapters so that, when a document breaks
/// off half-way, <see cref="FeedParser"/> can still build a feed from what was read.
/// </summary>
internal sealed class FeedBuilder(FeedFormat format)
{
    public FeedFormat Format = format;
    public string? Title;
    public string? AltTitle;
    public string? Link;
    public string? AltLink;
    public string? Subtitle;
    public string? AltSubtitle;
    public string? Id;
    public string? Language;
    public DateTimeOffset? Updated;
    public DateTimeOffset? Published;
    public DateTimeOffset? AltPublished;
    public string? Author;
    public string? AuthorEmail;
    public string? AuthorUrl;
    public int? TtlMinutes;
    public readonly List<ParsedEntry> Entries = [];

    /// <summary>True once the channel/feed element itself has been entered.</summary>
    public bool Started;

    /// <summary>The bar for keeping a document that breaks off: the feed had begun and something was read from it.</summary>
    public bool HasContent => Started && (Entries.Count > 0 || Title is not null || Link is not null || Subtitle is not null);

    public void SetAuthor(string? text)
    {
        if (Author is not null || AuthorEmail is not null)
            return;
        (Author, AuthorEmail) = PersonText.Parse(text);
        Author ??= AuthorEmail;
    }

    public ParsedFeed Build(string? warning = null) => new()
    {
        Format = Format,
        Title = Title ?? AltTitle,
        Link = Link ?? AltLink,
        Subtitle = Subtitle ?? AltSubtitle,
        Id = Id,
        Language = Language,
        Updated = Updated,
        Published = Published ?? AltPublished,
        Author = Author,
        AuthorEmail = AuthorEmail,
        AuthorUrl = AuthorUrl,
        TtlMinutes = TtlMinutes,
        Entries = Entries.ToArray(),
        Warning = warning,
    };
}
