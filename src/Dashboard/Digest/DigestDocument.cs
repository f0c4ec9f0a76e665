namespace Dashboard.Digest;

/// <summary>
/// A topic's daily digest, the data behind seed 002's Markdown. <paramref name="GeneratedAt"/> is UTC;
/// <paramref name="Partial"/> marks a digest of a day that was not over (or not fully fetched) when it was built.
/// <paramref name="Sources"/> are the distinct outlet names in order of first appearance in <paramref name="SourceList"/>.
/// </summary>
public sealed record DigestDocument(
    string TopicId,
    string TopicName,
    DateOnly Date,
    DateTime GeneratedAt,
    bool Partial,
    int ArticleCount,
    IReadOnlyList<string> Sources,
    IReadOnlyList<DigestPerspective> Perspectives,
    IReadOnlyList<string> OverallHighlights,
    IReadOnlyList<DigestSection> Sections,
    IReadOnlyList<DigestSource> SourceList);
