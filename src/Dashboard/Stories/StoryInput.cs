namespace Dashboard.Stories;

/// <summary>
/// One article as story clustering sees it: a headline, an optional short snippet and its time; and its headline's
/// embedding when already known (stored), so the clusterer does not compute it again.
/// </summary>
public sealed record StoryInput(long ArticleId, string Title, string? Snippet, DateTime SortAt, float[]? Vector = null);
