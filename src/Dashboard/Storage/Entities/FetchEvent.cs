namespace Dashboard.Storage.Entities;

/// <summary>One poll of a feed; the newest few per feed are kept for the health page and outage marks.</summary>
public sealed class FetchEvent
{
    public long Id { get; set; }
    public required string FeedId { get; set; }
    public DateTime At { get; set; }
    public int DurationMs { get; set; }
    public FetchEventOutcome Outcome { get; set; }
    public int? HttpStatus { get; set; }
    public string? Error { get; set; }
    public int Items { get; set; }
    public int NewArticles { get; set; }
}

public enum FetchEventOutcome
{
    Ok = 0,
    NotModified = 1,
    Failed = 2,
}
