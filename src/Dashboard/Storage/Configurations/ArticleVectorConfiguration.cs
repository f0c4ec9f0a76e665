using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class ArticleVectorConfiguration : IEntityTypeConfiguration<ArticleVector>
{
    public void Configure(EntityTypeBuilder<ArticleVector> b)
    {
        b.ToTable("ArticleVectors");
        b.HasKey(v => v.ArticleId);
        b.Property(v => v.ArticleId).ValueGeneratedNever();
        b.HasOne<Article>().WithOne().HasForeignKey<ArticleVector>(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
