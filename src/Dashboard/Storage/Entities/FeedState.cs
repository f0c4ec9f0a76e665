namespace Dashboard.Storage.Entities;

/// <summary>A configured feed and its health, kept as data (Miniflux-style) so /feeds can show it.</summary>
public sealed class FeedState
{
    /// <summary>The feed's id from configuration.</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime? LastCheckAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? NextCheckAt { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public int? LastHttpStatus { get; set; }
    public string? LastError { get; set; }
    public DateTime? LastErrorAt { get; set; }
    /// <summary>Set when the last document was only partly readable (e.g. truncated) and the parser kept what it could.</summary>
    public string? LastWarning { get; set; }
    public int ConsecutiveErrors { get; set; }
    /// <summary>Entries in the last successfully parsed document.</summary>
    public int? LastItemCount { get; set; }
    /// <summary>Entries seen over the feed's life (sum of LastItemCount over successful fetches).</summary>
    public long ItemsSeen { get; set; }
    public long ArticlesAdded { get; set; }
    public int? TtlMinutes { get; set; }
}
