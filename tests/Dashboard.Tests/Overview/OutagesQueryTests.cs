using Dashboard.Configuration;
using Dashboard.Ingestion;
using Dashboard.Overview;
using Dashboard.Scheduling;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

public sealed class OutagesQueryTests : IDisposable
{
    private static readonly DateTime Now = Utc("2025-11-24T12:00:00Z");
    private readonly TestDatabase _database = new();

    /// <summary>Feeds of <see cref="OverviewOptions"/>: us-a and us-b (us), cn-a (china), jp-off (japan, disabled).</summary>
    private async Task<OverviewQueries> WithOutagesAsync(params (string Feed, string? Perspective, string From, string? To)[] outages)
    {
        var queries = await QueriesAsync(_database);
        await using var db = await _database.Factory.CreateDbContextAsync();
        db.Feeds.AddRange(new[] { "us-a", "us-b", "cn-a", "jp-off" }.Select(id => new FeedState { Id = id, Name = id, Url = "http://127.0.0.1/" + id }));
        db.FeedOutages.AddRange(outages.Select(o => new FeedOutage
        {
            FeedId = o.Feed, PerspectiveId = o.Perspective, From = Utc(o.From), To = o.To is null ? null : Utc(o.To), Error = "fetch: HTTP 500",
        }));
        await db.SaveChangesAsync();
        return queries;
    }

    private static (string, string, string)[] Spans(IEnumerable<OutageSpan> spans) =>
        spans.Select(s => (s.PerspectiveId, s.From.ToString("dd HH:mm"), s.To.ToString("dd HH:mm"))).ToArray();

    [Fact]
    public async Task Outages_AllFeedsOfAPerspectiveDown_TheirCommonPeriods()
    {
        var queries = await WithOutagesAsync(
            ("us-a", "us", "2025-11-24T08:00:00Z", "2025-11-24T10:00:00Z"),
            ("us-b", "us", "2025-11-24T09:00:00Z", null),
            ("us-a", "us", "2025-11-24T11:00:00Z", null),
            ("cn-a", "china", "2025-11-24T06:00:00Z", null),
            ("jp-off", "japan", "2025-11-24T07:00:00Z", null), // a disabled feed's outage says nothing
            ("cn-a", "china", "2025-11-22T06:00:00Z", "2025-11-22T07:00:00Z")); // before the window

        var spans = await queries.OutagesAsync(View(), Now, default);

        Assert.Equal(
        [
            ("us", "24 09:00", "24 10:00"),
            ("us", "24 11:00", "24 12:00"),
            ("china", "24 06:00", "24 12:00"),
        ], Spans(spans));
    }

    [Fact]
    public async Task Outages_OnlyOneOfTwoFeedsDown_NoOutage()
    {
        var queries = await WithOutagesAsync(("us-a", "us", "2025-11-24T08:00:00Z", null));

        Assert.Empty(await queries.OutagesAsync(View(), Now, default));
    }

    [Fact]
    public async Task Outages_PerspectiveFilter_OnlyThosePerspectives()
    {
        var queries = await WithOutagesAsync(
            ("us-a", "us", "2025-11-24T08:00:00Z", null), ("us-b", "us", "2025-11-24T08:00:00Z", null),
            ("cn-a", "china", "2025-11-24T11:30:00Z", null));

        var spans = await queries.OutagesAsync(View("1h", persp: ["china", "unclassified"]), Now, default);

        Assert.Equal([("china", "24 11:30", "24 12:00")], Spans(spans));
    }

    [Fact]
    public async Task Outages_LongOutage_ClippedToTheWindow()
    {
        var queries = await WithOutagesAsync(("cn-a", "china", "2025-11-20T00:00:00Z", "2025-11-24T11:45:00Z"));

        var spans = await queries.OutagesAsync(View("1h"), Now, default);

        Assert.Equal([("china", "24 11:00", "24 11:45")], Spans(spans));
    }

    [Fact]
    public async Task Outages_DemoCatalogFeed_NotInOptions_ShowsAsMark()
    {
        // Under --demo the catalog's feeds are polled, not the configured ones: their outages are the ones that count.
        var queries = await WithOutagesAsync(
            ("us-a", "us", "2025-11-24T08:00:00Z", null), ("us-b", "us", "2025-11-24T08:00:00Z", null)); // configured, not polled
        var options = Options.Create(OverviewOptions.Create());
        var catalog = new FeedCatalog(options, _database.Factory, new AppMode(IsDemo: true));
        await catalog.ReplaceAsync([new FeedOptions { Id = "demo-china", Name = "Demo China", Url = "http://127.0.0.1/demo", Perspective = "china", Topics = ["us-china"] }], default);
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            db.FeedOutages.Add(new FeedOutage { FeedId = "demo-china", PerspectiveId = "china", From = Utc("2025-11-24T10:30:00Z"), Error = "fetch: HTTP 500" });
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain(options.Value.Feeds, feed => feed.Id == "demo-china");

        // Through the loader, as the overview page gets its marks.
        var data = await new OverviewLoader(queries, new FeedHealthQueries(_database.Factory, options, TimeProvider.System, new PollerStatus()), catalog, options).LoadAsync(View(), Now, default);

        Assert.Equal([("china", "24 10:30", "24 12:00")], Spans(data.Outages));
    }

    public void Dispose() => _database.Dispose();
}
