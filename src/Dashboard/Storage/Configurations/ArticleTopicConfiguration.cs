using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class ArticleTopicConfiguration : IEntityTypeConfiguration<ArticleTopic>
{
    public void Configure(EntityTypeBuilder<ArticleTopic> b)
    {
        b.ToTable("ArticleTopics");
        b.HasKey(t => new { t.ArticleId, t.TopicId });
        b.Property(t => t.TopicId).HasMaxLength(100);
        b.Property(t => t.PerspectiveId).HasMaxLength(50);
        // Covering for the newest-first walks (cards, story ranking, terms): SortAt then ArticleId is their order.
        b.HasIndex(t => new { t.TopicId, t.SortAt, t.ArticleId, t.PerspectiveId, t.StoryId });
        b.HasIndex(t => new { t.TopicId, t.PerspectiveId, t.SortAt, t.ArticleId, t.StoryId });
    }
}
