namespace Dashboard.Storage;

/// <summary>A normalised, classified article ready for the store.</summary>
public sealed record ArticleCandidate
{
    public required string DedupeKey { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public string? OutletDomain { get; init; }
    public string? SourceId { get; init; }
    public required string PerspectiveId { get; init; }
    public required string PerspectiveRule { get; init; }
    public string? Link { get; init; }
    public string? CanonicalLink { get; init; }
    public string? Guid { get; init; }
    public string? Snippet { get; init; }
    public string? Language { get; init; }
    public DateTime? PublishedAt { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
}
