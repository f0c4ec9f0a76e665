namespace Dashboard.Storage.Entities;

/// <summary>
/// A period in which a feed kept failing: opened by its first failed refresh, closed by its next success.
/// Kept as data so charts can tell a perspective's silence from an outage of its feeds.
/// </summary>
public sealed class FeedOutage
{
    public long Id { get; set; }
    public required string FeedId { get; set; }
    /// <summary>The feed's configured perspective when the outage began; null when it has none.</summary>
    public string? PerspectiveId { get; set; }
    public DateTime From { get; set; }
    /// <summary>Null while the feed is still failing.</summary>
    public DateTime? To { get; set; }
    /// <summary>The error that opened the outage.</summary>
    public string? Error { get; set; }
}
