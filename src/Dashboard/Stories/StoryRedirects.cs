using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Stories;

/// <summary>Where the id of a story merged into another now leads (<see cref="Storage.Entities.StoryRedirect"/>).</summary>
public sealed class StoryRedirects(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>The story that holds the merged story's articles now, or null when <paramref name="storyId"/> was never merged.</summary>
    public async Task<long?> TargetAsync(long storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.StoryRedirects.Where(r => r.FromStoryId == storyId).Select(r => (long?)r.ToStoryId).FirstOrDefaultAsync(ct);
    }
}
