namespace Dashboard.Stories;

/// <summary>An article held in the window: its story and its unit-length TF-IDF vector, terms by ascending id.</summary>
internal sealed class StoryArticle(long storyId, DateTime sortAt, TermPostings[] terms, float[] weights)
{
    public long StoryId { get; } = storyId;
    public DateTime SortAt { get; } = sortAt;
    public TermPostings[] Terms { get; } = terms;
    public float[] Weights { get; } = weights;
    public bool Evicted { get; set; }

    /// <summary>Placement number that last scored this article, so a candidate reached through two terms is scored once.</summary>
    public int Visit { get; set; }

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
}
