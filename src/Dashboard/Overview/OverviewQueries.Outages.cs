using Dashboard.Configuration;

namespace Dashboard.Overview;

public sealed partial class OverviewQueries
{
    /// <summary>Outages judged by the configured feeds (<see cref="DashboardOptions.Feeds"/>), which are the polled ones outside demo mode.</summary>
    public Task<IReadOnlyList<OutageSpan>> OutagesAsync(ViewFilter f, DateTime nowUtc, CancellationToken ct) =>
        OutagesAsync(f, nowUtc, Options.Feeds, ct);

    /// <summary>
    /// Per perspective of the view (all configured ones when it names none), the periods within the window in which
    /// every enabled feed of <paramref name="polledFeeds"/> with that perspective was failing; a still-open outage lasts until
    /// nowUtc. Pass the feeds actually polled (FeedCatalog.Feeds): under --demo they are the demo feeds, not the configured ones.
    /// </summary>
    public async Task<IReadOnlyList<OutageSpan>> OutagesAsync(ViewFilter f, DateTime nowUtc, IReadOnlyList<FeedOptions> polledFeeds, CancellationToken ct)
    {
        var sql = new OverviewSql(f, nowUtc);
        var perspectives = f.Perspectives.Count > 0 ? f.Perspectives : Options.Perspectives.Select(p => p.Id).ToList();
        var feedsOf = AllDownOutages.FeedsOf(perspectives, polledFeeds);
        if (feedsOf.Values.All(feeds => feeds.Count == 0)) return [];

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AllDownOutages.ReadAsync(db, feedsOf, FromMs(sql.FromMs), FromMs(sql.ToMs), nowUtc, ct);
    }
}
