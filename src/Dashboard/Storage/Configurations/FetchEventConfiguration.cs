using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class FetchEventConfiguration : IEntityTypeConfiguration<FetchEvent>
{
    public void Configure(EntityTypeBuilder<FetchEvent> b)
    {
        b.ToTable("FetchEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.FeedId).HasMaxLength(100);
        b.Property(e => e.Error).HasMaxLength(2000);
        b.HasIndex(e => new { e.FeedId, e.At });
        b.HasOne<FeedState>().WithMany().HasForeignKey(e => e.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
