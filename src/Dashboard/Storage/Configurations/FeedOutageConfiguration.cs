using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class FeedOutageConfiguration : IEntityTypeConfiguration<FeedOutage>
{
    public void Configure(EntityTypeBuilder<FeedOutage> b)
    {
        b.ToTable("FeedOutages");
        b.HasKey(o => o.Id);
        b.Property(o => o.FeedId).HasMaxLength(100);
        b.Property(o => o.PerspectiveId).HasMaxLength(50);
        b.Property(o => o.Error).HasMaxLength(2000);
        // The chart asks "outages of this perspective's feeds overlapping the window".
        b.HasIndex(o => new { o.PerspectiveId, o.From });
        b.HasOne<FeedState>().WithMany().HasForeignKey(o => o.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
