namespace Dashboard.Stories;

/// <summary>
/// Incremental story clustering: a new article joins the story of its most similar article in the window
/// (TF-IDF cosine over headline and snippet terms, at least <see cref="StoryClusteringOptions.Threshold"/> and
/// <see cref="StoryClusteringOptions.MinSharedTerms"/> shared terms, within ±WindowHours), else it seeds a new story.
/// Not thread-safe: the caller serialises calls.
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryClusteringOptions _options;
    private readonly TimeSpan _window;
    private readonly StoryIndex _index;
    private readonly PriorityQueue<StoryArticle, DateTime> _oldestFirst = new();
    private DateTime _newest = DateTime.MinValue;
    private int _visit;

    public StoryClusterer(StoryClusteringOptions options)
    {
        _options = options;
        _window = TimeSpan.FromHours(options.WindowHours);
        _index = new StoryIndex(options);
    }

    /// <summary>Articles currently held.</summary>
    public int Count => _index.Count;

    /// <summary>
    /// Places a new article and returns its story id = the ArticleId of the story's first (seed) article,
    /// so ids are stable without a table, and a rebuild that replays the same inputs in the same order gives the same ids.
    /// </summary>
    public long Place(StoryInput article)
    {
        Advance(article.SortAt);
        var (terms, weights) = _index.Vectorize(article.Title, article.Snippet);
        var storyId = BestStory(terms, weights, article.SortAt) ?? article.ArticleId;
        Hold(new StoryArticle(storyId, article.SortAt, terms, weights));
        return storyId;
    }

    /// <summary>Re-inserts an article whose story id is already stored (start-up rebuild from the database), no matching.</summary>
    public void Restore(StoryInput article, long storyId)
    {
        Advance(article.SortAt);
        var (terms, weights) = _index.Vectorize(article.Title, article.Snippet);
        Hold(new StoryArticle(storyId, article.SortAt, terms, weights));
    }

    /// <summary>
    /// Forgets articles with SortAt older than the newest-seen SortAt (or <paramref name="now"/>, if later) minus the window:
    /// nothing placed from then on can join them.
    /// </summary>
    public void Evict(DateTime now)
    {
        if (now > _newest) _newest = now;
        EvictBefore(_newest - _window);
    }

    private long? BestStory(TermPostings[] terms, float[] weights, DateTime sortAt)
    {
        var visit = ++_visit;
        long? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var member in _index.Candidates(terms))
        {
            if (member.Visit == visit) continue;
            member.Visit = visit;
            if ((member.SortAt - sortAt).Duration() > _window) continue;
            var (cosine, shared) = member.Compare(terms, weights);
            if (shared < _options.MinSharedTerms) continue;
            // Ties go to the older story id, so the choice does not depend on posting-list order.
            if (cosine > bestScore || (cosine == bestScore && best is { } b && member.StoryId < b))
            {
                bestScore = cosine;
                best = member.StoryId;
            }
        }
        return bestScore >= _options.Threshold ? best : null;
    }

    private void Hold(StoryArticle article)
    {
        _index.Add(article);
        _oldestFirst.Enqueue(article, article.SortAt);
    }

    private void Advance(DateTime sortAt)
    {
        if (sortAt <= _newest) return;
        _newest = sortAt;
        EvictBefore(_newest - _window);
    }

    private void EvictBefore(DateTime cutoff)
    {
        while (_oldestFirst.TryPeek(out var oldest, out var at) && at < cutoff)
        {
            _oldestFirst.Dequeue();
            _index.Remove(oldest);
        }
    }
}
