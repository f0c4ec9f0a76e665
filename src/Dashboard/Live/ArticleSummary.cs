namespace Dashboard.Live;

/// <summary>
/// The article as views, the JSON API and the hub see it (never an EF entity); on the wire it is camelCase
/// JSON with ISO-8601 UTC dates. Dates are normalised to Kind=Utc here, once, because a DateTime of Kind
/// Unspecified would be written without "Z" and clients would read it as local time.
/// </summary>
public sealed record ArticleSummary(
    long Id,
    string Title,
    string? Outlet,
    string? SourceId,
    string PerspectiveId,
    string PerspectiveRule,
    string? Link,
    string? Snippet,
    DateTime? PublishedAt,
    DateTime SeenAt,
    DateTime SortAt,
    string FeedId,
    string? Language,
    IReadOnlyList<string> Topics)
{
    public DateTime? PublishedAt { get; init; } = PublishedAt is { } published ? Utc(published) : null;
    public DateTime SeenAt { get; init; } = Utc(SeenAt);
    public DateTime SortAt { get; init; } = Utc(SortAt);
    /// <summary>The story the article was clustered into (the Id of its first article); null until placed.</summary>
    public long? StoryId { get; init; }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

/// <summary>What one committed refresh added.</summary>
public sealed record ArticlesAdded(string FeedId, IReadOnlyList<ArticleSummary> Articles);
