namespace Dashboard.Digest;

/// <summary>A digest with its Markdown; Stored = a closed day's final text, otherwise generated now (partial day).</summary>
public sealed record DigestResult(DigestDocument Document, string Markdown, bool Stored);

/// <summary>One day of one topic in the archive.</summary>
public sealed record DigestArchiveEntry(string TopicId, DateOnly Day, int ArticleCount, bool Stored, bool Partial);
