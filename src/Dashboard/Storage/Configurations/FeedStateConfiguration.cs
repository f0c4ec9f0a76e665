using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class FeedStateConfiguration : IEntityTypeConfiguration<FeedState>
{
    public void Configure(EntityTypeBuilder<FeedState> b)
    {
        b.ToTable("Feeds");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasMaxLength(100);
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.Url).HasMaxLength(2000);
        b.Property(f => f.LastError).HasMaxLength(2000);
        b.Property(f => f.LastWarning).HasMaxLength(2000);
    }
}
