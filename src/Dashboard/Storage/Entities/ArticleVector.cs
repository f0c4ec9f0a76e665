namespace Dashboard.Storage.Entities;

/// <summary>
/// An article's headline embedding (float32, little-endian), kept so a restart rebuilds the story window without
/// running the model again over every article of it. Only the rebuild horizon's are kept.
/// </summary>
public sealed class ArticleVector
{
    public long ArticleId { get; set; }
    public required byte[] Vector { get; set; }
}
