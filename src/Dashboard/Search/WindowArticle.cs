namespace Dashboard.Search;

/// <summary>An article of the search window that a search matched: a slot of a segment, read when asked.</summary>
internal readonly record struct WindowArticle(WindowSegment Segment, int Slot)
{
    public long Id => Segment.Ids[Slot];
    public long SortAt => Segment.SortAt[Slot];
    public string PerspectiveId => Segment.Tables.Perspectives[Segment.Perspectives[Slot]]!;
    public string? SourceId => Segment.Tables.Sources[Segment.Sources[Slot]];
    public string? Outlet => Segment.Tables.Outlets[Segment.Outlets[Slot]];
    public IEnumerable<string> Topics
    {
        get
        {
            var tables = Segment.Tables;
            return Segment.TopicsOf(Slot).Select(t => tables.Topics[t]!);
        }
    }
    public long? StoryId => Segment.StoryIds[Slot] is var story and not WindowSegment.NoStory ? story : null;

    /// <summary>Newest first: SortAt descending, then id descending, the order of every newest-first query.</summary>
    public static int NewestFirst(WindowArticle a, WindowArticle b) =>
        b.SortAt != a.SortAt ? b.SortAt.CompareTo(a.SortAt) : b.Id.CompareTo(a.Id);
}
