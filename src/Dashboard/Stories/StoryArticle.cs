namespace Dashboard.Stories;

/// <summary>
/// An article held in the window: its story (changed by a merge), its unit-length TF-IDF vector (terms by ascending
/// id) and its unit-length sentence embedding, null when the headline is not in English script.
/// </summary>
internal sealed class StoryArticle(long articleId, long storyId, DateTime sortAt, TermPostings[] terms, float[] weights, QuantizedVector? vector)
{
    public long ArticleId { get; } = articleId;
    public long StoryId { get; set; } = storyId;
    public DateTime SortAt { get; } = sortAt;
    public TermPostings[] Terms { get; } = terms;
    public float[] Weights { get; } = weights;
    public QuantizedVector? Vector { get; } = vector;
    public bool Evicted { get; set; }

    /// <summary>Placement number that last scored this article, so a candidate reached twice is scored once.</summary>
    public int Visit { get; set; }

    /// <summary>Where its embedding is kept in the clusterer's <see cref="VectorArena"/> (when it has one).</summary>
    public int Slot { get; set; } = -1;

    /// <summary>Cosine with another unit vector and how many distinct terms the two share.</summary>
    public (double Cosine, int Shared) Compare(TermPostings[] terms, float[] weights)
    {
        double dot = 0;
        var shared = 0;
        for (int i = 0, j = 0; i < Terms.Length && j < terms.Length;)
        {
            var a = Terms[i].Id;
            var b = terms[j].Id;
            if (a == b) { dot += Weights[i] * weights[j]; shared++; i++; j++; }
            else if (a < b) i++;
            else j++;
        }
        return (dot, shared);
    }

    /// <summary>
    /// Similarity of two headlines: the blend of embedding and TF-IDF cosines when both have embeddings, else the
    /// TF-IDF cosine alone and only with enough shared terms.
    /// </summary>
    public double Similarity(TermPostings[] terms, float[] weights, QuantizedVector? vector, StoryClusteringOptions options)
    {
        var (cosine, shared) = Compare(terms, weights);
        if (Vector is not null && vector is not null)
            return options.EmbeddingWeight * Vector.Dot(vector) + (1 - options.EmbeddingWeight) * cosine;
        // Across languages words are not shared, configured names are: the share of the two headlines' entities
        // in common, once they name at least MinSharedTerms of the same.
        var (sharedEntities, allEntities) = EntityOverlap(terms);
        var byEntities = sharedEntities >= options.MinSharedTerms ? (double)sharedEntities / allEntities : 0;
        return Math.Max(byEntities, shared >= options.MinSharedTerms ? cosine : 0);
    }

    private (int Shared, int All) EntityOverlap(TermPostings[] terms)
    {
        var mine = Terms.Where(t => t.IsEntity).Select(t => t.Id).ToHashSet();
        var theirs = terms.Where(t => t.IsEntity).Select(t => t.Id).ToHashSet();
        var shared = mine.Count(theirs.Contains);
        return (shared, mine.Count + theirs.Count - shared);
    }

    public double Similarity(StoryArticle other, StoryClusteringOptions options) =>
        Similarity(other.Terms, other.Weights, other.Vector, options);
}
