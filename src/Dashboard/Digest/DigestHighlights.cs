using Dashboard.Stories;

namespace Dashboard.Digest;

/// <summary>
/// Extractive highlights: the representative headlines of the day's top stories, never generated text.
/// A story's headline is its medoid — the one sharing most terms with the others — so that one outlet's odd
/// wording does not speak for a story many outlets covered.
/// </summary>
internal static class DigestHighlights
{
    private sealed record Story(long Id, IReadOnlyList<DigestArticle> Articles, int Perspectives, DateTime Earliest);

    /// <summary>
    /// Top stories overall: most perspectives first (the stories both sides cover), then most articles, then the one
    /// that broke first, then StoryId so the result never depends on input order.
    /// </summary>
    public static IReadOnlyList<string> Overall(IReadOnlyList<DigestArticle> articles, IReadOnlySet<string> configured, int limit) =>
        Pick(Ranked(articles, configured), story => story.Articles, limit);

    /// <summary>Top stories of one perspective: its own article count first, then the overall order.</summary>
    public static IReadOnlyList<string> ForPerspective(
        IReadOnlyList<DigestArticle> articles, IReadOnlySet<string> configured, string perspectiveId, int limit)
    {
        IReadOnlyList<DigestArticle> Own(Story story) => [.. story.Articles.Where(a => a.PerspectiveId == perspectiveId)];
        var stories = Ranked(articles, configured)
            .Select((story, rank) => (story, rank, own: Own(story).Count))
            .Where(s => s.own > 0)
            .OrderByDescending(s => s.own).ThenBy(s => s.rank)
            .Select(s => s.story);
        return Pick(stories, Own, limit);
    }

    /// <summary>The story's representative headline: the medoid (see StoryHeadline), ties → earliest, then lowest Id.</summary>
    public static DigestArticle Medoid(IReadOnlyList<DigestArticle> articles) =>
        StoryHeadline.Pick(articles, a => a.Title, a => DigestBuilder.Utc(a.SortAt), a => a.Id);

    private static List<Story> Ranked(IReadOnlyList<DigestArticle> articles, IReadOnlySet<string> configured) =>
        [.. articles.GroupBy(a => a.StoryId)
            .Select(g => new Story(g.Key, [.. g],
                // "unclassified" is not a side, so it does not make a story more widely covered.
                g.Select(a => a.PerspectiveId).Where(configured.Contains).Distinct(StringComparer.Ordinal).Count(),
                g.Min(a => DigestBuilder.Utc(a.SortAt))))
            .OrderByDescending(s => s.Perspectives).ThenByDescending(s => s.Articles.Count)
            .ThenBy(s => s.Earliest).ThenBy(s => s.Id)];

    /// <summary>The first <paramref name="limit"/> distinct non-empty headlines; a story whose headline repeats one already taken is passed over.</summary>
    private static List<string> Pick(IEnumerable<Story> stories, Func<Story, IReadOnlyList<DigestArticle>> candidates, int limit)
    {
        var picked = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var story in stories)
        {
            if (picked.Count >= limit) break;
            // A blank title cannot stand for a story; it does not vote in the medoid either.
            var usable = candidates(story).Where(a => DigestText.OneLine(a.Title).Length > 0).ToList();
            if (usable.Count == 0) continue;
            var headline = DigestText.OneLine(Medoid(usable).Title);
            if (seen.Add(headline)) picked.Add(headline);
        }
        return picked;
    }
}
