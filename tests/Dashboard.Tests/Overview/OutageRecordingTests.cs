using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Overview;

/// <summary>Outages recorded by the real refresh path (loopback feeds, real SQLite file) and read back by the overview.</summary>
public sealed class OutageRecordingTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-outage-").FullName;
    private LoopbackFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    [Fact]
    public async Task Refresh_FailsTwiceThenRecovers_OneOutageFromFirstFailureToRecovery()
    {
        _server.Map("/down.xml", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        _server.MapContent("/fine.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await using var app = await IngestionHarness.StartAsync(_dataDir,
            [TestCatalog.Feed("down", _server.Url("/down.xml"), "us"), TestCatalog.Feed("fine", _server.Url("/fine.xml"), "china")]);
        var queries = new OverviewQueries(app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>(),
            app.Services.GetRequiredService<IOptions<DashboardOptions>>());
        var view = new ViewFilter { Topic = "us-china", Range = TimeRange.Preset("1h") };

        await app.Refresher.RefreshFeedAsync("fine", default);
        await app.Refresher.RefreshFeedAsync("down", default);
        await app.Refresher.RefreshFeedAsync("down", default);
        var whileDown = await OutagesAsync(app);
        var shownWhileDown = await queries.OutagesAsync(view, DateTime.UtcNow, default);
        _server.MapContent("/down.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await app.Refresher.RefreshFeedAsync("down", default);
        var after = await OutagesAsync(app);
        var shownAfter = await queries.OutagesAsync(view, DateTime.UtcNow.AddSeconds(1), default);

        var events = await app.EventsAsync("down");
        var open = Assert.Single(whileDown);
        Assert.Equal(("down", "us", events[0].At, (DateTime?)null, "fetch: HTTP 500 Internal Server Error"), (open.FeedId, open.PerspectiveId, open.From, open.To, open.Error));
        var shown = Assert.Single(shownWhileDown);
        Assert.Equal(("us", events[0].At), (shown.PerspectiveId, shown.From));
        var closed = Assert.Single(after);
        Assert.Equal((open.Id, events[0].At, (DateTime?)events[2].At), (closed.Id, closed.From, closed.To));
        Assert.Equal([new OutageSpan("us", events[0].At, events[2].At)], shownAfter);
    }

    private static async Task<List<FeedOutage>> OutagesAsync(IngestionHarness app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return await db.FeedOutages.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
