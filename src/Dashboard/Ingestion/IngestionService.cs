using Dashboard.Configuration;
using Dashboard.Scheduling;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Ingestion;

/// <summary>
/// The scheduler: polls each feed when its NextCheckAt comes (set by SchedulePolicy: interval, jitter,
/// backoff, Retry-After, caching headers, ttl), at most MaxConcurrency at once and with a minimum
/// spacing between two requests to the same host.
/// </summary>
public sealed class IngestionService(
    FeedCatalog catalog,
    FeedRefresher refresher,
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<DashboardOptions> options,
    IHostApplicationLifetime lifetime,
    PollerStatus poller,
    TimeProvider time,
    ILogger<IngestionService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxTick = TimeSpan.FromSeconds(2);
    // Touched by the loop only. A run is over when its task is complete; the run never removes itself, because a
    // refresh that finishes before the loop has stored its task would leave a finished task behind, marked as
    // running for good, and its feed would never be polled again.
    private readonly Dictionary<string, Task> _running = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _nextSlotByHost = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ingestion = options.Value.Ingestion;
        if (!ingestion.Enabled)
        {
            logger.LogInformation("ingestion: disabled by Ingestion:Enabled=false; manual refresh still works");
            return;
        }
        await WaitForServerStartAsync(stoppingToken);
        poller.MarkStarted(time.GetUtcNow());
        using var slots = new SemaphoreSlim(ingestion.MaxConcurrency);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                foreach (var done in _running.Where(run => run.Value.IsCompleted).Select(run => run.Key).ToList())
                    _running.Remove(done);
                foreach (var feedId in await DueFeedIdsAsync(now, stoppingToken))
                {
                    var feed = catalog.Find(feedId);
                    if (feed is null || _running.ContainsKey(feed.Id)) continue;
                    var slot = ReserveHostSlot(feed.Url, now, TimeSpan.FromSeconds(ingestion.PerHostSpacingSeconds));
                    _running[feed.Id] = RunAsync(feed.Id, slot - now, slots, stoppingToken);
                }
                await Task.Delay(MaxTick, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        await Task.WhenAll(_running.Values);
    }

    private async Task RunAsync(string feedId, TimeSpan delay, SemaphoreSlim slots, CancellationToken ct)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, time, ct);
            await slots.WaitAsync(ct);
            try { await refresher.RefreshFeedAsync(feedId, ct); }
            finally { slots.Release(); }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception e)
        {
            // Feed problems are stored by the refresher; reaching here means the store itself failed.
            logger.LogError(e, "ingestion: refresh of {Feed} failed unexpectedly", feedId);
        }
    }

    private async Task<List<string>> DueFeedIdsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Feeds.AsNoTracking()
            .Where(f => f.Enabled && (f.NextCheckAt == null || f.NextCheckAt <= cutoff))
            .OrderBy(f => f.NextCheckAt)
            .Select(f => f.Id)
            .ToListAsync(ct);
    }

    /// <summary>Gives each request to a host its own start time, spaced so one host is never hammered.</summary>
    private DateTimeOffset ReserveHostSlot(string url, DateTimeOffset now, TimeSpan spacing)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
        var slot = _nextSlotByHost.TryGetValue(host, out var next) && next > now ? next : now;
        _nextSlotByHost[host] = slot + spacing;
        return slot;
    }

    private Task WaitForServerStartAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(ct);
    }
}
