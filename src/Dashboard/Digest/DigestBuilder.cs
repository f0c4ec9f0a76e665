namespace Dashboard.Digest;

/// <summary>
/// Builds a topic's daily digest from the day's articles. Pure: the caller chooses the articles of the day,
/// the clock and the time zone. Rules:
/// <list type="bullet">
/// <item>Only configured perspectives with at least one article of the day get a <c>perspectives</c> entry, an
/// <c>&lt;id&gt;Sources</c> count and a section, in configured order (seed 002 lists exactly the sides it has
/// articles from, and a section without articles would have no highlights to show).</item>
/// <item>Articles of any other perspective ("unclassified") count in <c>articleCount</c>, <c>sources</c> and the
/// source list (after the configured perspectives) and can make overall highlights, but get no section.</item>
/// <item>Source list: by perspective in configured order, then newest first, then Id; numbered from 1.</item>
/// <item>An empty day gives a document with no perspectives, highlights or sources.</item>
/// <item>An article listed twice (same Id) counts once.</item>
/// </list>
/// </summary>
public static class DigestBuilder
{
    /// <summary>Shown when an article carries no outlet name: the list line needs one, and a link host (news.google.com) would mislead.</summary>
    public const string UnknownOutlet = "Unknown source";

    /// <summary>Link text of an article whose title is blank.</summary>
    public const string Untitled = "(untitled)";

    public static DigestDocument Build(string topicId, string topicName, DateOnly date, DateTime generatedAt, bool partial,
        IReadOnlyList<DigestArticle> articles, IReadOnlyList<(string Id, string Name)> perspectives, TimeZoneInfo timeZone,
        int highlights = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicId);
        ArgumentNullException.ThrowIfNull(topicName);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(perspectives);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentOutOfRangeException.ThrowIfNegative(highlights);

        var configured = perspectives.DistinctBy(p => p.Id, StringComparer.Ordinal).ToList();
        var position = configured.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var configuredIds = position.Keys.ToHashSet(StringComparer.Ordinal);
        var day = articles.DistinctBy(a => a.Id).ToList();

        var sourceList = day
            .OrderBy(a => position.GetValueOrDefault(a.PerspectiveId, configured.Count))
            .ThenByDescending(a => Utc(a.SortAt)).ThenBy(a => a.Id)
            .Select((a, i) => new DigestSource(i + 1, DigestText.Language(a.Language), Text(a.Title, Untitled), a.Link,
                Text(a.Outlet, UnknownOutlet), LocalDate(a.SortAt, timeZone), a.PerspectiveId, a.Id))
            .ToList();

        var present = configured
            .Select(p => new DigestPerspective(p.Id, p.Name, day.Count(a => a.PerspectiveId == p.Id)))
            .Where(p => p.Count > 0)
            .ToList();

        return new DigestDocument(topicId, topicName, date, Utc(generatedAt), partial, day.Count,
            [.. sourceList.Select(s => s.Outlet).Distinct(StringComparer.Ordinal)],
            present,
            DigestHighlights.Overall(day, configuredIds, highlights),
            [.. present.Select(p => new DigestSection(p.Id, p.Name, DigestHighlights.ForPerspective(day, configuredIds, p.Id, highlights)))],
            sourceList);
    }

    /// <summary>UTC whatever the Kind: Unspecified is taken as UTC, because stored times are UTC without a Kind.</summary>
    internal static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateOnly LocalDate(DateTime sortAt, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(sortAt), timeZone));

    private static string Text(string? value, string fallback)
    {
        var line = DigestText.OneLine(value);
        return line.Length > 0 ? line : fallback;
    }
}
