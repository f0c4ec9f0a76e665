namespace Dashboard.Stories;

/// <summary>
/// A story's standing in a view while its articles are read: articles, distinct perspectives, newest SortAt.
/// Views rank stories by articles, then perspectives, then recency, then id (all descending): a total order.
/// </summary>
internal sealed class StoryRank(long storyId)
{
    private readonly List<string> _perspectives = [];

    public long StoryId { get; } = storyId;
    public int Articles { get; private set; }
    public long NewestSortAt { get; private set; } = long.MinValue;

    public void Add(string perspectiveId, long sortAt)
    {
        Articles++;
        NewestSortAt = Math.Max(NewestSortAt, sortAt);
        // A story spans a handful of perspectives: a list beats a set.
        if (!_perspectives.Contains(perspectiveId, StringComparer.Ordinal)) _perspectives.Add(perspectiveId);
    }

    public static int Compare(StoryRank a, StoryRank b)
    {
        var c = b.Articles.CompareTo(a.Articles);
        if (c == 0) c = b._perspectives.Count.CompareTo(a._perspectives.Count);
        if (c == 0) c = b.NewestSortAt.CompareTo(a.NewestSortAt);
        return c != 0 ? c : b.StoryId.CompareTo(a.StoryId);
    }
}
