using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class SpikeAlertConfiguration : IEntityTypeConfiguration<SpikeAlert>
{
    public void Configure(EntityTypeBuilder<SpikeAlert> b)
    {
        b.ToTable("SpikeAlerts");
        b.HasKey(a => a.Id);
        b.Property(a => a.TopicId).HasMaxLength(100);
        b.Property(a => a.PerspectiveId).HasMaxLength(50);
        b.HasIndex(a => new { a.TopicId, a.PerspectiveId, a.Hour }).IsUnique();
        b.HasIndex(a => a.Hour);
    }
}
