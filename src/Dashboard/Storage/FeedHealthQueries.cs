using Dashboard.Configuration;
using Dashboard.Scheduling;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Storage;

/// <param name="Overdue">Due longer ago than <see cref="OverduePolicy"/> allows since the poller started.</param>
public sealed record FeedHealth(FeedState Feed, IReadOnlyList<FetchEvent> RecentEvents, bool Overdue = false)
{
    public string Status => !Feed.Enabled ? "disabled"
        : Overdue ? "overdue"
        : Feed.LastCheckAt is null ? "pending"
        : Feed.ConsecutiveErrors > 0 ? "failing"
        : "ok";
}

public sealed class FeedHealthQueries(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options,
    TimeProvider time, PollerStatus poller)
{
    public async Task<IReadOnlyList<FeedHealth>> AllAsync(int eventsPerFeed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct);
        var overdue = OverdueCheck(feeds);
        // Views that show no events (the overview, reloaded up to once a second) skip that table entirely.
        if (eventsPerFeed <= 0) return feeds.Select(f => new FeedHealth(f, [], overdue(f))).ToList();
        var events = await db.FetchEvents.AsNoTracking().OrderByDescending(e => e.Id).ToListAsync(ct);
        var byFeed = events.GroupBy(e => e.FeedId).ToDictionary(g => g.Key, g => (IReadOnlyList<FetchEvent>)g.Take(eventsPerFeed).ToList());
        return feeds.Select(f => new FeedHealth(f, byFeed.GetValueOrDefault(f.Id) ?? [], overdue(f))).ToList();
    }

    /// <summary>Overdue or not, per feed; never before the poller started (it never does with Ingestion:Enabled=false).</summary>
    private Func<FeedState, bool> OverdueCheck(IReadOnlyList<FeedState> feeds)
    {
        if (poller.StartedAt is not { } started) return _ => false;
        var grace = OverduePolicy.Grace(options.Value.Ingestion, feeds.Count(f => f.Enabled));
        var now = time.GetUtcNow().UtcDateTime;
        return f => OverduePolicy.IsOverdue(started.UtcDateTime, f.Enabled, f.NextCheckAt, now, grace);
    }

    public async Task<FeedState?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Feeds.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
    }
}
