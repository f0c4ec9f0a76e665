namespace Dashboard.Storage.Entities;

/// <summary>
/// An article's membership of a topic. SortAt, PerspectiveId and StoryId are copied from the article so the
/// dashboard's main queries (topic + time range, split by perspective; a view's stories) are answered from one index.
/// </summary>
public sealed class ArticleTopic
{
    public long ArticleId { get; set; }
    public required string TopicId { get; set; }
    public DateTime SortAt { get; set; }
    public required string PerspectiveId { get; set; }
    /// <summary>The article's story, set with it when the story index places the article (after the commit).</summary>
    public long? StoryId { get; set; }
    public Article? Article { get; set; }
}
