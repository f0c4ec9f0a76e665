using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class StoredDigestConfiguration : IEntityTypeConfiguration<StoredDigest>
{
    public void Configure(EntityTypeBuilder<StoredDigest> b)
    {
        b.ToTable("Digests");
        b.HasKey(d => d.Id);
        b.Property(d => d.TopicId).HasMaxLength(100);
        b.Property(d => d.Day).HasMaxLength(10);
        b.HasIndex(d => new { d.TopicId, d.Day }).IsUnique();
    }
}
