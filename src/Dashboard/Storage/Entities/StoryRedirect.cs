namespace Dashboard.Storage.Entities;

/// <summary>
/// A story merged into another: links to the merged id (shared before the merge) lead to the story that now holds
/// its articles. Kept flat (From → final To) so a lookup is one row, however many merges happened.
/// </summary>
public sealed class StoryRedirect
{
    public long FromStoryId { get; set; }
    public long ToStoryId { get; set; }
    public DateTime MergedAt { get; set; }
}
