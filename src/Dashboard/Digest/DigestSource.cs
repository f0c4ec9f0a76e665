namespace Dashboard.Digest;

/// <summary>
/// One line of the numbered source list. <paramref name="Date"/> is the article's date in the digest's time zone;
/// <paramref name="Title"/> and <paramref name="Outlet"/> are plain one-line text (the writer escapes them).
/// </summary>
public sealed record DigestSource(
    int Number, string Language, string Title, string? Link, string Outlet, DateOnly Date, string PerspectiveId, long ArticleId);
