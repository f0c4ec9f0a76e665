using Dashboard.Configuration;
using Dashboard.Ingestion;
using Dashboard.Storage;
using Microsoft.Extensions.Options;

namespace Dashboard.Overview;

/// <summary>Loads a whole overview; the page only renders what this returns.</summary>
public sealed class OverviewLoader(OverviewQueries queries, FeedHealthQueries feeds, FeedCatalog catalog, IOptions<DashboardOptions> options)
{
    public const int CardsPerPage = 30;
    public const int TopOutlets = 12;

    public async Task<OverviewData> LoadAsync(ViewFilter filter, DateTime nowUtc, CancellationToken ct)
    {
        var window = filter.Range.Resolve(nowUtc);
        // One DbContext per query: SQLite in WAL mode serves these reads side by side with ingestion.
        var (kpis, volume, outlets) = await queries.AggregatesAsync(filter, nowUtc, TopOutlets, ct);
        // The feeds in force, not the configured ones: under --demo only the catalog knows the demo feeds.
        var outages = await queries.OutagesAsync(filter, nowUtc, catalog.Feeds, ct);
        var articles = await queries.ArticlesAsync(filter, nowUtc, after: null, CardsPerPage, ct);
        var health = Health((await feeds.AllAsync(eventsPerFeed: 0, ct)).Where(h => h.Feed.Enabled).ToList(), filter.Topic, nowUtc);
        return new OverviewData(filter, window, kpis, volume, outlets, outages, articles, health);
    }

    private IngestionHealth Health(IReadOnlyList<FeedHealth> enabled, string topic, DateTime nowUtc)
    {
        var topicFeeds = catalog.Feeds.Where(f => f.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase)).Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lastSuccess = enabled.Where(h => topicFeeds.Contains(h.Feed.Id)).Max(h => h.Feed.LastSuccessAt);
        var staleAfter = TimeSpan.FromMinutes(options.Value.Ingestion.StaleAfterMinutes);
        // Feeds that have not been polled yet (a fresh start) are not a staleness signal.
        var anyPolled = enabled.Any(h => topicFeeds.Contains(h.Feed.Id) && h.Feed.LastCheckAt is not null);
        return new IngestionHealth(
            enabled.Count(h => h.Status == "ok"), enabled.Count(h => h.Status is "failing" or "overdue"), enabled.Count(h => h.Status == "pending"),
            lastSuccess, anyPolled && (lastSuccess is null || nowUtc - lastSuccess > staleAfter));
    }

    public Task<ArticlePage> MoreArticlesAsync(ViewFilter filter, DateTime nowUtc, ArticleCursor after, CancellationToken ct) =>
        queries.ArticlesAsync(filter, nowUtc, after, CardsPerPage, ct);
}
