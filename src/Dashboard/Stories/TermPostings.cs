namespace Dashboard.Stories;

/// <summary>One term of the window and its live holders; evicted holders are dropped lazily so eviction stays cheap.</summary>
internal sealed class TermPostings(string term, int id)
{
    public string Term { get; } = term;

    /// <summary>Orders a vector's terms so two vectors compare by a merge instead of string look-ups.</summary>
    public int Id { get; } = id;

    /// <summary>A configured entity's term (<see cref="AliasMatcher"/>), not a word.</summary>
    public bool IsEntity { get; } = term.StartsWith(AliasMatcher.TermPrefix, StringComparison.Ordinal);

    public List<StoryArticle> Articles { get; } = [];
    public int Live { get; private set; }

    public void Add(StoryArticle article)
    {
        Articles.Add(article);
        Live++;
    }

    /// <summary>Counts one holder as gone; compacts once dead entries clearly outnumber live ones.</summary>
    public void Remove()
    {
        Live--;
        if (Articles.Count > 2 * Live + 16) Articles.RemoveAll(a => a.Evicted);
    }
}
