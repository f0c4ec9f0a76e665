namespace Dashboard.Digest;

/// <summary>One "## Name Perspective (Name Sources)" section: headlines as plain text (the writer escapes them).</summary>
public sealed record DigestSection(string PerspectiveId, string Name, IReadOnlyList<string> Highlights);
