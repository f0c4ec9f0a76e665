using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.ToTable("Articles");
        b.HasKey(a => a.Id);
        b.Property(a => a.DedupeKey).HasMaxLength(600);
        b.HasIndex(a => a.DedupeKey).IsUnique();
        b.Property(a => a.Title).HasMaxLength(1000);
        b.Property(a => a.Outlet).HasMaxLength(200);
        b.Property(a => a.OutletDomain).HasMaxLength(200);
        b.Property(a => a.SourceId).HasMaxLength(100);
        b.Property(a => a.PerspectiveId).HasMaxLength(50);
        b.Property(a => a.PerspectiveRule).HasMaxLength(300);
        b.Property(a => a.Link).HasMaxLength(2000);
        b.Property(a => a.CanonicalLink).HasMaxLength(2000);
        b.Property(a => a.Guid).HasMaxLength(1000);
        b.Property(a => a.Snippet).HasMaxLength(400);
        b.Property(a => a.Language).HasMaxLength(20);
        b.Property(a => a.FeedId).HasMaxLength(100);
        b.HasIndex(a => a.SortAt);
        b.HasIndex(a => new { a.PerspectiveId, a.SortAt });
        // Covering for a source-filtered view's newest-first walks (story ranking, terms): see OverviewSql.SourceRows.
        b.HasIndex(a => new { a.SourceId, a.SortAt, a.PerspectiveId, a.StoryId });
        b.HasIndex(a => a.StoryId);
        b.HasMany(a => a.Topics).WithOne(t => t.Article).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
