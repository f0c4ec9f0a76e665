using Dashboard.Configuration;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Ingestion;

/// <summary>
/// The feeds in force: those of appsettings.json, or the demo feeds under --demo (whose URLs are only
/// known once the server listens). The database keeps their health; this keeps their definition.
/// </summary>
public sealed class FeedCatalog(IOptions<DashboardOptions> options, IDbContextFactory<DashboardDbContext> contexts, AppMode mode)
{
    // Under --demo the configured feeds are never polled: the demo feeds replace them once the server listens.
    private IReadOnlyList<FeedOptions>? _replacement = mode.IsDemo ? [] : null;

    public IReadOnlyList<FeedOptions> Feeds => _replacement ?? options.Value.Feeds;

    public FeedOptions? Find(string id) => Feeds.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Replaces the configured feeds (demo mode). They are recorded in the database before they are in force, so a
    /// "refresh now" arriving meanwhile finds either no such feed (404) or its row, never a feed without a row.
    /// </summary>
    public async Task ReplaceAsync(IReadOnlyList<FeedOptions> feeds, CancellationToken ct)
    {
        await SyncToDatabaseAsync(feeds, ct);
        _replacement = feeds;
    }

    /// <summary>Adds new feeds, updates changed ones, and disables rows no longer configured (their history stays).</summary>
    public Task SyncToDatabaseAsync(CancellationToken ct) => SyncToDatabaseAsync(Feeds, ct);

    private async Task SyncToDatabaseAsync(IReadOnlyList<FeedOptions> feeds, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Feeds.ToDictionaryAsync(f => f.Id, ct);
        foreach (var feed in feeds)
        {
            if (!rows.Remove(feed.Id, out var row))
            {
                row = new FeedState { Id = feed.Id, Name = feed.Name, Url = feed.Url };
                db.Feeds.Add(row);
            }
            if (row.Url != feed.Url) { row.ETag = null; row.LastModified = null; row.NextCheckAt = null; }
            row.Name = feed.Name;
            row.Url = feed.Url;
            row.Enabled = feed.Enabled;
        }
        foreach (var gone in rows.Values) gone.Enabled = false;
        await db.SaveChangesAsync(ct);
    }
}
