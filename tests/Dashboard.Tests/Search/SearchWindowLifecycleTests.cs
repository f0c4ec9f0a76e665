using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Demo;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;
using Dashboard.Tests.Live;
using Dashboard.Tests.Overview;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Search;

/// <summary>How the search window follows the database: loading, commits and story placement, moving start, off, failure.</summary>
public sealed class SearchWindowLifecycleTests : IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-window-").FullName;
    private LoopbackFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    [Fact]
    public async Task Refresh_ThroughTheAppsPipeline_WindowHoldsWhatTheDatabaseHolds()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        _server.MapContent("/cn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems[..2]));
        var other = TestCatalog.Feed("cn", _server.Url("/cn.xml"));
        other.Topics = ["taiwan-strait"];
        var feeds = new[] { TestCatalog.Feed("gn", _server.Url("/gn.xml")), other };
        // The items are dated 2025-11-24 08:30Z; the clock makes them recent.
        await using var app = await IngestionHarness.StartAsync(_dataDir, feeds, clock: new ManualClock(new DateTimeOffset(2025, 11, 24, 12, 0, 0, TimeSpan.Zero)));
        var window = app.Services.GetRequiredService<SearchWindow>();
        await window.LoadAsync(default);
        Assert.Equal(HealthStatus.Healthy, (await new SearchWindowHealthCheck(window).CheckHealthAsync(new HealthCheckContext())).Status);

        await app.Refresher.RefreshFeedAsync("gn", default);
        await app.Refresher.RefreshFeedAsync("cn", default); // known articles gain a topic

        var stored = await app.ArticlesAsync();
        Assert.Equal(3, stored.Count);
        Assert.Contains(stored, a => a.Topics.Count == 2);
        var held = window.All().ToList();
        Assert.Equal(stored.Select(a => a.Id), held.Select(h => h.Id));
        foreach (var (a, h) in stored.Zip(held))
        {
            Assert.Equal(UtcDateTimeConverter.ToUnixMs(a.SortAt), h.SortAt);
            Assert.Equal((a.PerspectiveId, a.SourceId, a.Outlet, a.StoryId), (h.PerspectiveId, h.SourceId, h.Outlet, h.StoryId));
            Assert.NotNull(h.StoryId); // placed after the commit, and told
            Assert.Equal(a.Topics.Select(t => t.TopicId).Order(), h.Topics.Order());
        }
        var queries = new OverviewQueries(app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>(),
            app.Services.GetRequiredService<IOptions<Dashboard.Configuration.DashboardOptions>>(), window);
        var (view, now) = (new ViewFilter { Topic = "taiwan-strait", Range = TimeRange.Preset("24h"), Query = "TRUMP" }, new DateTime(2025, 11, 24, 12, 0, 0, DateTimeKind.Utc));
        Assert.NotNull(new OverviewSql(view, now, window: window).Window);
        Assert.Equal(2, (await queries.KpisAsync(view, now, default)).Articles);
    }

    [Fact]
    public async Task LoadAsync_CommitsBeforeItEnds_AppliedOnceAfterTheSnapshot()
    {
        var (contexts, options) = await WriteAsync(count: 10, spacing: TimeSpan.FromHours(1));
        var window = SearchWindowFactory.Create(contexts, options, T0);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var known = await db.Articles.Include(a => a.Topics).OrderBy(a => a.Id).FirstAsync();
            // Committed before the load's snapshot (so in it too), and one committed after it.
            window.Committed([Summary(known.Id, known.Title, known.SortAt, ["us-china"])], [new TopicRow(known.Id, "taiwan-strait", known.SortAt, "us", null, "Outlet")]);
            window.Committed([Summary(known.Id + 1000, "After the snapshot", T0.AddMinutes(-1), ["us-china"])], []);
            window.StoriesPlaced([(known.Id, 42)]);
            Assert.False(window.IsReady);

            await window.LoadAsync(default);

            var held = window.All().ToList();
            Assert.Equal(11, held.Count);
            Assert.Single(held, h => h.Id == known.Id);
            var first = held.Single(h => h.Id == known.Id);
            Assert.Equal(["taiwan-strait", "us-china"], first.Topics.Order());
            Assert.Equal(42, first.StoryId);
            Assert.Equal(known.Id + 1000, held[^1].Id);
        }
    }

    [Fact]
    public async Task Committed_DaysLater_StartMovesAndOldSegmentsAreDropped()
    {
        // 9,000 articles over the 30 days before T0, oldest first, so they fill whole segments in time order.
        var clock = new ManualClock(new DateTimeOffset(T0));
        var (contexts, options) = await WriteAsync(count: 9000, spacing: TimeSpan.FromDays(30) / 9000);
        var window = SearchWindowFactory.Create(contexts, options, clock);
        await window.LoadAsync(default);
        Assert.Equal(9000, window.Size.Articles);
        Assert.True(window.Covers(Ms(T0.AddDays(-31))));

        clock.Now = clock.Now.AddDays(20); // the window's start is now 11 days before T0
        window.Committed([Summary(100_000, "Later", clock.Now.UtcDateTime, ["us-china"])], []);
        Assert.False(window.Covers(Ms(T0.AddDays(-12))));
        Assert.True(window.Covers(Ms(T0.AddDays(-11))));
        Assert.Equal(9001, window.Size.Articles); // dropped only once the start has moved on for an hour

        var start = Ms(T0.AddDays(-11));
        var older = window.All().Count(h => h.SortAt < start);
        Assert.Equal(5700, older);
        clock.Now = clock.Now.AddHours(2);
        window.Committed([Summary(100_001, "Later still", clock.Now.UtcDateTime, ["us-china"])], []);
        // Every full segment older than the start is dropped; older articles stay only in the one it cuts through.
        Assert.Equal(9002 - older / WindowSegment.Capacity * WindowSegment.Capacity, window.Size.Articles);
        Assert.InRange(window.All().Count(h => h.SortAt < start), 0, WindowSegment.Capacity - 1);
    }

    [Fact]
    public async Task LoadAsync_ZeroDays_StaysOffAndViewsReadTheDatabase()
    {
        var (contexts, options) = await WriteAsync(count: 10, spacing: TimeSpan.FromHours(1));
        options.Value.Storage.SearchWindowDays = 0;
        var window = SearchWindowFactory.Create(contexts, options, T0);
        await window.LoadAsync(default);
        window.Committed([Summary(1000, "Ignored", T0, ["us-china"])], []);

        Assert.False(window.IsReady);
        Assert.Empty(window.All());
        var view = new ViewFilter { Topic = "us-china", Query = "article" };
        Assert.Null(new OverviewSql(view, T0, window: window).Window);
        Assert.Equal(10, (await new OverviewQueries(contexts, options, window).KpisAsync(view, T0, default)).Articles);
    }

    [Fact]
    public async Task LoadAsync_DatabaseWithoutTables_LogsTheErrorAndStaysOff()
    {
        var logger = new RecordingLogger<SearchWindow>();
        var window = SearchWindowFactory.Create(_database.Factory, Options.Create(OverviewOptions.Create()), T0, logger);

        await window.LoadAsync(default);
        window.Committed([Summary(1, "Ignored", T0, ["us-china"])], []);

        Assert.False(window.IsReady);
        Assert.Empty(window.All());
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("search window: load failed", StringComparison.Ordinal));
        var health = await new SearchWindowHealthCheck(window).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("no such table", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committed_UpdateThrows_WindowTurnsOffAndTheCommitStands()
    {
        var (contexts, options) = await WriteAsync(count: 10, spacing: TimeSpan.FromHours(1));
        var logger = new RecordingLogger<SearchWindow>();
        var window = SearchWindowFactory.Create(contexts, options, T0, logger);
        await window.LoadAsync(default);
        Assert.True(window.IsReady);

        // A broken change (no topic list) stands for any bug in following a commit.
        window.Committed([Summary(1000, "Broken", T0, null!)], []);

        Assert.False(window.IsReady);
        Assert.Empty(window.All());
        Assert.Null(new OverviewSql(new ViewFilter { Topic = "us-china", Query = "article" }, T0, window: window).Window);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("search window: an update failed", StringComparison.Ordinal));
        var health = await new SearchWindowHealthCheck(window).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("update failed", health.Description, StringComparison.Ordinal);
        window.Committed([Summary(1001, "Later", T0, ["us-china"])], []); // ignored, no throw
        Assert.Empty(window.All());
    }

    /// <summary><paramref name="count"/> articles ending at T0, <paramref name="spacing"/> apart, oldest first.</summary>
    private async Task<(Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext>, IOptions<Dashboard.Configuration.DashboardOptions>)> WriteAsync(int count, TimeSpan spacing)
    {
        var contexts = await _database.MigratedAsync();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Feeds.Add(new FeedState { Id = "f", Name = "f", Url = "http://127.0.0.1/f.xml" });
            await db.SaveChangesAsync();
        }
        var store = new ArticleStore(contexts, new ManualClock(new DateTimeOffset(T0)));
        var candidates = Enumerable.Range(0, count).Select(i => new ArticleCandidate
        {
            DedupeKey = $"k{i}", Title = $"Article {i}", Outlet = "Outlet", PerspectiveId = "us", PerspectiveRule = "test",
            PublishedAt = T0 - (count - i) * spacing, Topics = ["us-china"],
        }).ToList();
        foreach (var batch in candidates.Chunk(2000))
            await store.CommitRefreshAsync("f", batch, _ => { }, new FetchEvent { FeedId = "f", At = T0 }, 50, default);
        return (contexts, Options.Create(OverviewOptions.Create()));
    }

    private static ArticleSummary Summary(long id, string title, DateTime sortAt, IReadOnlyList<string> topics) =>
        new(id, title, "Outlet", null, "us", "test", null, null, sortAt, sortAt, sortAt, "f", null, topics);

    private static long Ms(DateTime utc) => UtcDateTimeConverter.ToUnixMs(utc);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
