namespace Dashboard.Storage.Entities;

/// <summary>
/// An article's membership of a topic. SortAt and PerspectiveId are copied from the article so the
/// dashboard's main query (topic + time range, split by perspective) is answered from one index.
/// </summary>
public sealed class ArticleTopic
{
    public long ArticleId { get; set; }
    public required string TopicId { get; set; }
    public DateTime SortAt { get; set; }
    public required string PerspectiveId { get; set; }
    public Article? Article { get; set; }
}
