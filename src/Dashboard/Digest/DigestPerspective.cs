namespace Dashboard.Digest;

/// <summary>A front-matter <c>perspectives</c> entry: a configured perspective and its article count of the day.</summary>
public sealed record DigestPerspective(string Id, string Name, int Count);
