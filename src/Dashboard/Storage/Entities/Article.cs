namespace Dashboard.Storage.Entities;

public sealed class Article
{
    public long Id { get; set; }
    /// <summary>gn:/guid:/url:/title: key; unique, so a re-poll or restart never duplicates.</summary>
    public required string DedupeKey { get; set; }
    public required string Title { get; set; }
    public string? Outlet { get; set; }
    public string? OutletDomain { get; set; }
    /// <summary>Registry source id, null for outlets the registry does not know.</summary>
    public string? SourceId { get; set; }
    /// <summary>Perspective id, or "unclassified".</summary>
    public required string PerspectiveId { get; set; }
    /// <summary>Why this perspective, e.g. "source registry: xinhuanet.com".</summary>
    public required string PerspectiveRule { get; set; }
    /// <summary>Link as the feed gives it (for Google News, its redirect link).</summary>
    public string? Link { get; set; }
    public string? CanonicalLink { get; set; }
    public string? Guid { get; set; }
    public string? Snippet { get; set; }
    public string? Language { get; set; }
    /// <summary>As the feed states it; null when it states none.</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime SeenAt { get; set; }
    /// <summary>PublishedAt, or SeenAt when absent or in the future: the time views sort and bucket by.</summary>
    public DateTime SortAt { get; set; }
    public required string FeedId { get; set; }
    /// <summary>The story the article was clustered into: the Id of the story's first article; null until placed.</summary>
    public long? StoryId { get; set; }
    public List<ArticleTopic> Topics { get; set; } = [];
}
