using Dashboard.Fetching;
using Dashboard.Ingestion;
using Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Dashboard.Tests.Ingestion;

public sealed class IngestionServiceTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-scheduler-").FullName;
    private LoopbackFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    [Fact]
    public async Task Execute_OneFeedBroken_OthersStillPolledAndErrorStored()
    {
        _server.MapContent("/good.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        _server.Map("/bad.xml", context => { context.Response.StatusCode = 503; return Task.CompletedTask; });
        await using var app = await IngestionHarness.StartAsync(_dataDir,
            [TestCatalog.Feed("good", _server.Url("/good.xml")), TestCatalog.Feed("bad", _server.Url("/bad.xml"))]);

        await RunSchedulerUntilAsync(app, async () => (await app.FeedAsync("good")).LastSuccessAt is not null
                                                     && (await app.FeedAsync("bad")).LastCheckAt is not null);

        Assert.Equal(3, (await app.ArticlesAsync()).Count);
        var bad = await app.FeedAsync("bad");
        Assert.Equal((1, "fetch: HTTP 503 Service Unavailable"), (bad.ConsecutiveErrors, bad.LastError));
        Assert.True(bad.NextCheckAt > bad.LastCheckAt, "a failing feed is rescheduled, never dropped");
    }

    [Fact]
    public async Task Execute_FeedPolled_NotPolledAgainBeforeItsNextCheck()
    {
        _server.MapContent("/good.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await using var app = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("good", _server.Url("/good.xml"))]);

        await RunSchedulerUntilAsync(app, async () => (await app.FeedAsync("good")).LastSuccessAt is not null, extra: TimeSpan.FromSeconds(5));

        Assert.Equal(1, _server.RequestCount("/good.xml"));
    }

    [Fact]
    public async Task Execute_TwoFeedsOnOneHost_RequestsSpacedApart()
    {
        var starts = new System.Collections.Concurrent.ConcurrentBag<DateTimeOffset>();
        foreach (var path in new[] { "/a.xml", "/b.xml" })
            _server.Map(path, async context =>
            {
                starts.Add(DateTimeOffset.UtcNow);
                await context.Response.WriteAsync(TestCatalog.GoogleNewsRss());
            });
        await using var app = await IngestionHarness.StartAsync(_dataDir,
            [TestCatalog.Feed("a", _server.Url("/a.xml")), TestCatalog.Feed("b", _server.Url("/b.xml"))],
            o => o.PerHostSpacingSeconds = 1.5);

        await RunSchedulerUntilAsync(app, () => Task.FromResult(starts.Count == 2));

        var ordered = starts.Order().ToArray();
        Assert.True(ordered[1] - ordered[0] >= TimeSpan.FromSeconds(1.2), $"requests {(ordered[1] - ordered[0]).TotalMilliseconds} ms apart");
    }

    [Fact]
    public async Task Execute_RefreshCompletesSynchronously_FeedStillPolledAgain()
    {
        // An answer already complete makes the whole refresh finish (SQLite completes synchronously too) before the
        // scheduler has stored its task; on a busy host a fast loopback refresh can do the same. That once left the
        // feed marked as running for good, never polled again.
        var handler = new CompletedAnswerHandler(TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        var feed = TestCatalog.Feed("sync", new Uri("http://127.0.0.1:9/sync.xml"));
        feed.IntervalMinutes = 1.0 / 60;
        await using var app = await IngestionHarness.StartAsync(_dataDir, [feed], o => o.Jitter = 0,
            replace: services => services.AddHttpClient<FeedFetcher>().ConfigurePrimaryHttpMessageHandler(() => handler));

        await RunSchedulerUntilAsync(app, () => Task.FromResult(handler.Requests >= 3));

        Assert.Equal(3, (await app.ArticlesAsync()).Count);
    }

    private sealed class CompletedAnswerHandler(string body) : HttpMessageHandler
    {
        private int _requests;
        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }

    private static async Task RunSchedulerUntilAsync(IngestionHarness app, Func<Task<bool>> done, TimeSpan? extra = null)
    {
        var scheduler = app.Services.GetServices<IHostedService>().OfType<IngestionService>().Single();
        await scheduler.StartAsync(default);
        ((ApplicationLifetime)app.Services.GetRequiredService<IHostApplicationLifetime>()).NotifyStarted();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!await done())
            {
                Assert.True(DateTime.UtcNow < deadline, "the scheduler did not poll the feeds within 20 s");
                await Task.Delay(100);
            }
            if (extra is { } wait) await Task.Delay(wait);
        }
        finally
        {
            await scheduler.StopAsync(default);
        }
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
