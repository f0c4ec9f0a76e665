namespace Dashboard.Digest;

/// <summary>
/// One article of a topic's day as the digest needs it. <paramref name="PerspectiveId"/> may be a configured
/// perspective or anything else ("unclassified"); <paramref name="StoryId"/> groups articles about the same event.
/// <paramref name="SortAt"/> is UTC (Kind Unspecified is read as UTC).
/// </summary>
public sealed record DigestArticle(
    long Id, string Title, string? Link, string? Outlet, string PerspectiveId, string? Language, DateTime SortAt, long StoryId);
