using System.Globalization;
using System.Text;
using Dashboard.Configuration;

namespace Dashboard.Digest;

/// <summary>
/// Writes a digest as Markdown with YAML front matter, byte for byte in the layout of seed 002 (LF line ends,
/// one blank line around headings, "&lt;!--more--&gt;" after the overall highlights, a final newline).
/// Additions the seed never needed: <c>partial: true</c> (only for a partial digest, before <c>draft</c>), and fixed
/// sentences instead of empty lists, so an empty day still reads as a document.
/// </summary>
public static class DigestMarkdown
{
    public const string NoHighlights = "No highlights for this day.";

    public static string Write(DigestDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var md = new StringBuilder();
        WriteFrontMatter(md, d);
        Line(md);
        Line(md, "## Overall Highlights");
        Line(md);
        Bullets(md, d.OverallHighlights);
        Line(md);
        Line(md, "<!--more-->");
        Line(md);
        foreach (var section in d.Sections)
        {
            var name = DigestText.OneLine(section.Name);
            Line(md, $"## {name} Perspective ({name} Sources)");
            Line(md);
            Bullets(md, section.Highlights);
            Line(md);
        }
        Line(md, "## Sources");
        Line(md);
        if (d.SourceList.Count == 0)
        {
            Line(md, "This summary is based on 0 articles.");
            return md.ToString();
        }
        Line(md, $"This summary is based on {d.SourceList.Count} {(d.SourceList.Count == 1 ? "article" : "articles")} from the following sources:");
        Line(md);
        foreach (var source in d.SourceList)
            Line(md, SourceLine(source));
        return md.ToString();
    }

    /// <summary>
    /// The served Markdown: <paramref name="markdown"/> (as written and stored, in the seed's layout) with the day's
    /// chart as an image paragraph right after the front matter, where the seed has only a blank line, so every heading,
    /// list and the front matter stay as they were. The URL is absolute (the file is read away from this app); one that
    /// is not an http(s) URL is left out.
    /// </summary>
    public static string WithChart(string markdown, string imageUrl, string alt)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var end = markdown.StartsWith("---\n", StringComparison.Ordinal) ? markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        if (end < 0) throw new ArgumentException("digest: the Markdown has no front matter to put the chart after", nameof(markdown));
        if (DigestText.SafeUrl(imageUrl) is not { } url) return markdown;
        return markdown.Insert(end + "\n---\n".Length, $"\n![{DigestText.EscapeInline(alt)}]({url})\n");
    }

    private static void WriteFrontMatter(StringBuilder md, DigestDocument d)
    {
        Line(md, "---");
        Line(md, $"title: {DigestText.YamlQuote($"{d.TopicName} News - {d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")}");
        Line(md, $"date: {DigestBuilder.Utc(d.GeneratedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)}");
        Line(md, $"topic: {Slug(d.TopicId, nameof(d.TopicId))}");
        Line(md, $"topicName: {DigestText.YamlQuote(d.TopicName)}");
        Line(md, $"sources: [{string.Join(", ", d.Sources.Select(DigestText.YamlQuote))}]");
        Line(md, $"articleCount: {d.ArticleCount.ToString(CultureInfo.InvariantCulture)}");
        if (d.Perspectives.Count == 0) Line(md, "perspectives: []");
        else Line(md, "perspectives:");
        foreach (var p in d.Perspectives)
        {
            Line(md, $"  - id: {DigestText.YamlQuote(Slug(p.Id, nameof(d.Perspectives)))}");
            Line(md, $"    name: {DigestText.YamlQuote(p.Name)}");
            Line(md, $"    count: {p.Count.ToString(CultureInfo.InvariantCulture)}");
        }
        foreach (var p in d.Perspectives)
            Line(md, $"{p.Id}Sources: {p.Count.ToString(CultureInfo.InvariantCulture)}");
        if (d.Partial) Line(md, "partial: true");
        Line(md, "draft: false");
        Line(md, "---");
    }

    private static string SourceLine(DigestSource s)
    {
        var title = DigestText.EscapeInline(s.Title);
        var url = DigestText.SafeUrl(s.Link);
        var linked = url is null ? title : $"[{title}]({url})";
        var date = s.Date.ToString("MM'/'dd'/'yyyy", CultureInfo.InvariantCulture);
        return $"{s.Number.ToString(CultureInfo.InvariantCulture)}. [{DigestText.Language(s.Language)}] {linked} - {DigestText.EscapeInline(s.Outlet)} ({date})";
    }

    private static void Bullets(StringBuilder md, IReadOnlyList<string> highlights)
    {
        if (highlights.Count == 0) Line(md, NoHighlights);
        foreach (var highlight in highlights)
            Line(md, "- " + DigestText.EscapeBullet(highlight));
    }

    /// <summary>Ids are written as YAML keys and plain scalars, so only configuration slugs are accepted.</summary>
    private static string Slug(string id, string what) => ConfigurationFormats.IsSlug(id)
        ? id
        : throw new ArgumentException($"digest: {what} id '{id}' is not a slug (lowercase letters, digits, hyphens)");

    // Always LF, whatever the platform: the file is compared with and served like seed 002.
    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
