namespace Dashboard.Digest;

/// <summary>
/// A Markdown file with YAML front matter, as <see cref="FrontMatterReader"/> reads it. Front-matter values are
/// string, long, bool, null, <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>;
/// <paramref name="Sections"/> are the "## " headings of the body in order; <paramref name="Body"/> is everything
/// after the closing "---" line.
/// </summary>
public sealed record FrontMatterDocument(
    IReadOnlyDictionary<string, object?> FrontMatter, IReadOnlyList<string> Sections, string Body);
