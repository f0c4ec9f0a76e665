using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

public sealed record FeedHealth(FeedState Feed, IReadOnlyList<FetchEvent> RecentEvents)
{
    public string Status => !Feed.Enabled ? "disabled"
        : Feed.LastCheckAt is null ? "pending"
        : Feed.ConsecutiveErrors > 0 ? "failing"
        : "ok";
}

public sealed class FeedHealthQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<IReadOnlyList<FeedHealth>> AllAsync(int eventsPerFeed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct);
        // Views that show no events (the overview, reloaded up to once a second) skip that table entirely.
        if (eventsPerFeed <= 0) return feeds.Select(f => new FeedHealth(f, [])).ToList();
        var events = await db.FetchEvents.AsNoTracking().OrderByDescending(e => e.Id).ToListAsync(ct);
        var byFeed = events.GroupBy(e => e.FeedId).ToDictionary(g => g.Key, g => (IReadOnlyList<FetchEvent>)g.Take(eventsPerFeed).ToList());
        return feeds.Select(f => new FeedHealth(f, byFeed.GetValueOrDefault(f.Id) ?? [])).ToList();
    }

    public async Task<FeedState?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Feeds.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
    }
}
