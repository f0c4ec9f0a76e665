using Dashboard.Analysis;

namespace Dashboard.Stories;

/// <summary>
/// The headline that stands for a set of articles: the medoid, i.e. the one whose terms overlap most with the
/// others' (mean Jaccard), so a story is named by its most typical wording rather than its first or longest
/// one. Ties go to the earliest article, then the lowest id, so the choice is stable.
/// </summary>
public static class StoryHeadline
{
    public static T Pick<T>(IReadOnlyList<T> articles, Func<T, string> title, Func<T, DateTime> time, Func<T, long> id)
    {
        if (articles.Count == 0) throw new ArgumentException("stories: no articles to pick a headline from", nameof(articles));
        var terms = articles.Select(a => TermTokenizer.Tokenize(title(a)).ToHashSet(StringComparer.Ordinal)).ToArray();
        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < articles.Count; i++)
        {
            var score = 0.0;
            for (var j = 0; j < articles.Count; j++)
                if (i != j) score += Jaccard(terms[i], terms[j]);
            if (score > bestScore + 1e-12 || (Math.Abs(score - bestScore) <= 1e-12 && Earlier(articles[i], articles[best], time, id)))
                (best, bestScore) = (i, score);
        }
        return articles[best];
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    private static bool Earlier<T>(T a, T b, Func<T, DateTime> time, Func<T, long> id) =>
        time(a) < time(b) || (time(a) == time(b) && id(a) < id(b));
}
