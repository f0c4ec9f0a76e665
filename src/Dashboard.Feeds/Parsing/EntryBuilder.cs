namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Collects one entry's fields while its element is read. Values from competing elements are kept
/// apart and ranked in <see cref="Build"/>, so element order in the feed cannot change the result.
/// A struct passed by reference: the only per-item allocations left are the strings kept and the entry.
/// </summary>
internal struct EntryBuilder
{
    public string? Title;
    public string? AltTitle;      // dc:title, media:title: used only without a core title
    public string? Link;
    public string? AltLink;       // atom:link rel=alternate in RSS
    public string? Id;
    public string? GuidLink;      // a permalink guid: the link when there is no <link>
    public DateTimeOffset? Published;
    public DateTimeOffset? AltPublished; // Atom 0.3 issued, dcterms:issued: lose to <published>/<pubDate>
    public DateTimeOffset? Updated;
    public string? Summary;
    public string? AltSummary;    // dc:description, itunes:summary, media:description
    public string? Content;
    public string? Author;
    public string? AuthorEmail;
    public string? AuthorUrl;
    public EntrySource? Source;
    public string? Thumbnail;     // media:thumbnail
    public string? AltThumbnail;  // media:content / enclosure with an image type
    public string? Language;
    public List<string>? Categories;

    public void SetAuthor(string? text)
    {
        if (Author is not null || AuthorEmail is not null)
            return; // first author element wins
        (Author, AuthorEmail) = PersonText.Parse(text);
        Author ??= AuthorEmail;
    }

    public void AddCategory(string? category)
    {
        if (!string.IsNullOrWhiteSpace(category))
            (Categories ??= []).Add(category.Trim());
    }

    public readonly ParsedEntry Build() => new()
    {
        Title = Title ?? AltTitle,
        Link = Link ?? AltLink ?? GuidLink,
        Id = Id,
        Published = Published ?? AltPublished,
        Updated = Updated,
        Summary = Summary ?? AltSummary ?? Content,
        Content = Content,
        Author = Author,
        AuthorEmail = AuthorEmail,
        AuthorUrl = AuthorUrl,
        Source = Source,
        ThumbnailUrl = Thumbnail ?? AltThumbnail,
        Language = Language,
        Categories = Categories ?? (IReadOnlyList<string>)[],
    };
}
