using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Storage.Configurations;

internal sealed class StoryRedirectConfiguration : IEntityTypeConfiguration<StoryRedirect>
{
    public void Configure(EntityTypeBuilder<StoryRedirect> b)
    {
        b.ToTable("StoryRedirects");
        b.HasKey(r => r.FromStoryId);
        b.Property(r => r.FromStoryId).ValueGeneratedNever();
        // A later merge re-points every redirect to the merged story.
        b.HasIndex(r => r.ToStoryId);
    }
}
