namespace Dashboard.Live;

/// <summary>The article as views, the API and the hub see it (DTO; never an EF entity).</summary>
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
    IReadOnlyList<string> Topics);

/// <summary>What one committed refresh added.</summary>
public sealed record ArticlesAdded(string FeedId, IReadOnlyList<ArticleSummary> Articles);
