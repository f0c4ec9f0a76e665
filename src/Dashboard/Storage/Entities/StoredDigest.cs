namespace Dashboard.Storage.Entities;

/// <summary>
/// A closed day's digest, written once when the day closes and never changed (a reader who cites it must find
/// the same text later). Both renderings are kept: the Markdown as published and the document as JSON for the page.
/// </summary>
public sealed class StoredDigest
{
    public long Id { get; set; }
    public required string TopicId { get; set; }
    /// <summary>The digest's date in the configured time zone, "yyyy-MM-dd" (sorts as text).</summary>
    public required string Day { get; set; }
    public DateTime GeneratedAt { get; set; }
    public int ArticleCount { get; set; }
    public required string Markdown { get; set; }
    public required string Json { get; set; }
}
