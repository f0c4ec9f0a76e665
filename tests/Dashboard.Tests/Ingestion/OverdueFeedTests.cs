using Dashboard.Configuration;
using Dashboard.Ingestion;
using Dashboard.Scheduling;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Dashboard.Tests.Ingestion;

/// <summary>
/// A feed whose check came due long ago and was never made (a stuck poller) shows as "overdue" on /feeds and the
/// API, counts against the overview's feed KPI, and turns /healthz degraded; feeds due a moment ago do not.
/// </summary>
public sealed class OverdueFeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-overdue-").FullName;
    private readonly ManualClock _clock = new(Now);
    private IngestionHarness _app = null!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync(pollerOn: true);
        PollerStartedAt(Now - TimeSpan.FromDays(1));
    }

    private Task<IngestionHarness> StartAsync(bool pollerOn) => IngestionHarness.StartAsync(_dataDir,
        [TestCatalog.Feed("stuck", new Uri("http://127.0.0.1:9/stuck.xml")), TestCatalog.Feed("fine", new Uri("http://127.0.0.1:9/fine.xml"))],
        o => o.Enabled = pollerOn, clock: _clock);

    // The scheduler is not run here: the tests say when it started.
    private void PollerStartedAt(DateTimeOffset at) => _app.Services.GetRequiredService<PollerStatus>().MarkStarted(at);

    [Fact]
    public void Grace_FortyFeeds_SpacingOfAllPlusATimeoutPerBatchPlusMargin()
    {
        var ingestion = new IngestionOptions { PerHostSpacingSeconds = 2, TimeoutSeconds = 20, MaxConcurrency = 4 };

        Assert.Equal(TimeSpan.FromSeconds(40 * 2 + 10 * 20) + OverduePolicy.Margin, OverduePolicy.Grace(ingestion, 40));
    }

    [Fact]
    public async Task AllAsync_DueLongerAgoThanGrace_OverdueAndHealthDegradedNamingIt()
    {
        var grace = OverduePolicy.Grace(new DashboardOptions().Ingestion, 2);
        await SetNextCheckAsync("stuck", Now - grace - TimeSpan.FromMinutes(1));
        await SetNextCheckAsync("fine", Now - grace + TimeSpan.FromMinutes(1));

        var feeds = await Health.AllAsync(eventsPerFeed: 0, default);

        Assert.Equal("overdue", feeds.Single(h => h.Feed.Id == "stuck").Status);
        Assert.Equal("ok", feeds.Single(h => h.Feed.Id == "fine").Status);
        var report = await _app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var ingestion = report.Entries["ingestion"];
        Assert.Equal(HealthStatus.Degraded, ingestion.Status);
        Assert.StartsWith("ingestion: 1 feed(s) due but not polled: stuck (due ", ingestion.Description);
    }

    [Fact]
    public async Task AllAsync_DueWithinGrace_NotOverdueAndHealthy()
    {
        await SetNextCheckAsync("stuck", Now - TimeSpan.FromSeconds(30));

        var feeds = await Health.AllAsync(eventsPerFeed: 5, default);

        Assert.All(feeds, h => Assert.False(h.Overdue));
        var report = await _app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries["ingestion"].Status);
    }

    [Fact]
    public async Task AllAsync_DueLongBeforeThePollerStarted_OverdueOnlyOnceItHadItsGrace()
    {
        // After a day of downtime every feed is a day late: the poller gets its grace to catch up before that counts.
        var grace = OverduePolicy.Grace(new DashboardOptions().Ingestion, 2);
        PollerStartedAt(Now - TimeSpan.FromMinutes(1));
        await SetNextCheckAsync("stuck", Now - TimeSpan.FromDays(1));
        Assert.False((await Health.AllAsync(eventsPerFeed: 0, default)).Single(h => h.Feed.Id == "stuck").Overdue);

        _clock.Now = Now + grace;

        Assert.True((await Health.AllAsync(eventsPerFeed: 0, default)).Single(h => h.Feed.Id == "stuck").Overdue);
    }

    [Fact]
    public async Task AllAsync_PollerNotStartedYet_NeverOverdue()
    {
        await _app.DisposeAsync();
        _app = await StartAsync(pollerOn: true); // a new app: its poller has not started
        await SetNextCheckAsync("stuck", Now - TimeSpan.FromDays(3));

        Assert.Equal("ok", (await Health.AllAsync(eventsPerFeed: 0, default)).Single(h => h.Feed.Id == "stuck").Status);
    }

    [Fact]
    public async Task AllAsync_PollerOff_NeverOverdue()
    {
        await _app.DisposeAsync();
        _app = await StartAsync(pollerOn: false);
        // The real scheduler, switched off: it ends at once and never marks itself started.
        var scheduler = _app.Services.GetServices<IHostedService>().OfType<IngestionService>().Single();
        await scheduler.StartAsync(default);
        ((ApplicationLifetime)_app.Services.GetRequiredService<IHostApplicationLifetime>()).NotifyStarted();
        await scheduler.ExecuteTask!;
        await SetNextCheckAsync("stuck", Now - TimeSpan.FromDays(3));

        var feeds = await Health.AllAsync(eventsPerFeed: 0, default);

        Assert.Equal("ok", feeds.Single(h => h.Feed.Id == "stuck").Status);
    }

    private FeedHealthQueries Health => _app.Services.GetRequiredService<FeedHealthQueries>();

    /// <summary>A feed checked once, successfully, whose next check is due at <paramref name="due"/>.</summary>
    private async Task SetNextCheckAsync(string feedId, DateTimeOffset due)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var feed = await db.Feeds.SingleAsync(f => f.Id == feedId);
        feed.LastCheckAt = feed.LastSuccessAt = (due - TimeSpan.FromMinutes(5)).UtcDateTime;
        feed.NextCheckAt = due.UtcDateTime;
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
