namespace Dashboard.Stories;

/// <summary>
/// Incremental story clustering, average link: a new article joins the story whose window articles are on average
/// most similar to it (at least <see cref="StoryClusteringOptions.Threshold"/>), else it seeds a new story. Then the
/// story it is in is merged with any other story it ties closely to whose articles are on average as similar to the
/// story's as a joining article must be: stories are revised while young (in the window), so two halves of one
/// event that started apart become one. Similarity blends a sentence embedding with TF-IDF
/// (<see cref="StoryArticle.Similarity(TermPostings[], float[], QuantizedVector, StoryClusteringOptions)"/>).
/// Not thread-safe: the caller serialises calls.
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryClusteringOptions _options;
    private readonly IHeadlineEmbedder? _embedder;
    private readonly TimeSpan _window;
    private readonly StoryIndex _index;
    private readonly PriorityQueue<StoryArticle, DateTime> _oldestFirst = new();
    private readonly Dictionary<long, List<StoryArticle>> _stories = [];
    private VectorArena? _arena;
    private DateTime _newest = DateTime.MinValue;
    private int _visit;

    /// <param name="embedder">Sentence embeddings; null clusters by TF-IDF alone.</param>
    public StoryClusterer(StoryClusteringOptions options, IHeadlineEmbedder? embedder = null)
    {
        _options = options;
        _embedder = embedder;
        _window = TimeSpan.FromHours(options.WindowHours);
        _index = new StoryIndex(options);
    }

    /// <summary>Articles currently held.</summary>
    public int Count => _index.Count;

    /// <summary>
    /// Places a new article. Its story id is the ArticleId of the story's first (seed) article — after a merge, the
    /// smaller of the two — so ids are stable without a table, and replaying the same inputs gives the same ids.
    /// </summary>
    public StoryPlacement Place(StoryInput article)
    {
        Advance(article.SortAt);
        var (terms, weights) = _index.Vectorize(article.Title, article.Snippet);
        var vector = Quantize(article.Vector ?? _embedder?.Embed(article.Title));
        var tied = Tied(terms, weights, vector, article.SortAt);

        var storyId = BestStory(tied, terms, weights, vector, article.SortAt) ?? article.ArticleId;
        var held = new StoryArticle(article.ArticleId, storyId, article.SortAt, terms, weights, vector);
        Hold(held);
        return MergeAround(held, tied);
    }

    /// <summary>Re-inserts an article whose story id is already stored (start-up rebuild from the database), no matching.</summary>
    public void Restore(StoryInput article, long storyId)
    {
        Advance(article.SortAt);
        var (terms, weights) = _index.Vectorize(article.Title, article.Snippet);
        Hold(new StoryArticle(article.ArticleId, storyId, article.SortAt, terms, weights, Quantize(article.Vector ?? _embedder?.Embed(article.Title))));
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

    private static QuantizedVector? Quantize(float[]? vector) => vector is null ? null : new QuantizedVector(vector);

    /// <summary>
    /// The held articles within ±window the new article is individually close to (similarity at or above the
    /// threshold). Only their stories can reach an average at the threshold, so they are the candidates for joining
    /// and for merging; the scan over every held article does nothing else, which keeps it cheap.
    /// </summary>
    private List<StoryArticle> Tied(TermPostings[] terms, float[] weights, QuantizedVector? vector, DateTime sortAt)
    {
        var tied = new List<StoryArticle>();
        var visit = ++_visit;
        var threshold = _options.Threshold;
        bool InWindow(StoryArticle member) => !member.Evicted && (member.SortAt - sortAt).Duration() <= _window;

        // Articles sharing a term: the only ones with a TF-IDF cosine (or configured names) in common.
        foreach (var member in _index.Candidates(terms))
        {
            if (member.Visit == visit || !InWindow(member)) continue;
            member.Visit = visit;
            if (vector is not null && member.Vector is not null) _arena!.SetCosine(member.Slot, member.Compare(terms, weights).Cosine, visit);
            else if (member.Similarity(terms, weights, vector, _options) >= threshold) tied.Add(member);
        }
        if (vector is null) return tied;

        // With an embedding every held article with one is compared: meaning needs no shared word.
        _arena?.Scan(vector, sortAt.Ticks, _window.Ticks, _options.EmbeddingWeight, threshold, visit, tied);
        return tied;
    }

    /// <summary>
    /// Of the tied articles' stories, the one whose held articles are on average most similar to the new article
    /// (articles beyond ±window count as 0), if that average reaches the threshold.
    /// </summary>
    private long? BestStory(List<StoryArticle> tied, TermPostings[] terms, float[] weights, QuantizedVector? vector, DateTime sortAt)
    {
        long? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var storyId in tied.Select(a => a.StoryId).Distinct())
        {
            var members = _stories[storyId];
            double sum = 0;
            foreach (var member in members)
                if ((member.SortAt - sortAt).Duration() <= _window) sum += member.Similarity(terms, weights, vector, _options);
            var score = sum / members.Count;
            // Ties go to the older story id, so the choice does not depend on the order of the scan.
            if (score > bestScore || (score == bestScore && best is { } b && storyId < b)) (bestScore, best) = (score, storyId);
        }
        return bestScore >= _options.Threshold ? best : null;
    }

    /// <summary>
    /// Merges the new article's story with the stories it is individually close to (one article at or above the
    /// threshold) while the two stories' average pairwise similarity reaches the threshold, best first.
    /// </summary>
    private StoryPlacement MergeAround(StoryArticle held, List<StoryArticle> tied)
    {
        var merges = new List<StoryMerge>();
        var moved = new List<long>();
        while (true)
        {
            var current = held.StoryId;
            var (other, score) = tied.Select(a => a.StoryId).Where(id => id != current).Distinct()
                .Select(id => (Id: id, Score: AverageLink(current, id)))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Id).FirstOrDefault((0, double.NegativeInfinity));
            if (score < _options.Threshold) break;
            var (keep, gone) = current < other ? (current, other) : (other, current);
            foreach (var article in _stories[gone])
            {
                article.StoryId = keep;
                moved.Add(article.ArticleId);
            }
            _stories[keep].AddRange(_stories[gone]);
            _stories.Remove(gone);
            merges.Add(new StoryMerge(gone, keep));
        }
        return new StoryPlacement(held.StoryId, merges, moved);
    }

    private double AverageLink(long a, long b)
    {
        var (left, right) = (_stories[a], _stories[b]);
        if ((long)left.Count * right.Count > _options.MaxMergePairs) return double.NegativeInfinity;
        double sum = 0;
        foreach (var x in left)
            foreach (var y in right)
                if ((x.SortAt - y.SortAt).Duration() <= _window) sum += x.Similarity(y, _options);
        return sum / (left.Count * right.Count);
    }

    private void Hold(StoryArticle article)
    {
        _index.Add(article);
        if (article.Vector is { } vector) article.Slot = (_arena ??= new VectorArena(vector.Values.Length)).Add(vector, article);
        _oldestFirst.Enqueue(article, article.SortAt);
        if (!_stories.TryGetValue(article.StoryId, out var members)) _stories[article.StoryId] = members = [];
        members.Add(article);
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
            var members = _stories[oldest.StoryId];
            members.Remove(oldest);
            if (members.Count == 0) _stories.Remove(oldest.StoryId);
            if (oldest.Vector is not null) _arena!.Remove(oldest.Slot);
        }
    }
}
