namespace Dashboard.Live;

/// <summary>An article on the wire — hub `articlesAdded` and `GET /api/articles` alike (camelCase JSON; dates ISO-8601 UTC with "Z").</summary>
public sealed record ArticleDto(
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
    public static ArticleDto From(ArticleSummary a) => new(
        a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule, a.Link, a.Snippet,
        a.PublishedAt is { } published ? Utc(published) : null, Utc(a.SeenAt), Utc(a.SortAt),
        a.FeedId, a.Language, a.Topics);

    /// <summary>
    /// The store reads dates back as UTC, but a summary built elsewhere may carry Unspecified (meaning UTC
    /// here); without Kind=Utc System.Text.Json would write no "Z" and clients would read local time.
    /// </summary>
    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
