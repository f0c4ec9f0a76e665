namespace Dashboard.Stories;

/// <summary>One article as story clustering sees it: a headline, an optional short snippet and its time.</summary>
public sealed record StoryInput(long ArticleId, string Title, string? Snippet, DateTime SortAt);
