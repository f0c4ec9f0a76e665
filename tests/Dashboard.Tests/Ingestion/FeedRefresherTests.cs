using System.IO.Compression;
using System.Text;
using Dashboard.Live;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Ingestion;

public sealed class FeedRefresherTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-refresh-").FullName;
    private LoopbackFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    [Fact]
    public async Task RefreshFeed_NewItems_StoredOnceWithPerspectiveAndTopics()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await using var app = await StartAsync(("gn", "/gn.xml"));

        var result = await app.Refresher.RefreshFeedAsync("gn", default);

        Assert.NotNull(result);
        Assert.Equal(FetchEventOutcome.Ok, result.Outcome);
        Assert.Equal(3, result.NewArticles);
        var articles = await app.ArticlesAsync();
        Assert.Equal(["gn:CBMiA1", "gn:CBMiA2", "gn:CBMiA3"], articles.Select(a => a.DedupeKey));
        var xinhua = articles[0];
        Assert.Equal(("Xi talks with Trump over phone", "新华网", "xinhua", "china"), (xinhua.Title, xinhua.Outlet, xinhua.SourceId, xinhua.PerspectiveId));
        Assert.Contains("source registry", xinhua.PerspectiveRule);
        Assert.Equal(("us", null), (articles[2].PerspectiveId, articles[2].SourceId)); // unknown outlet: the feed's default
        Assert.Equal(["taiwan-strait", "us-china"], articles[1].Topics.Select(t => t.TopicId).Order());
        var feed = await app.FeedAsync("gn");
        Assert.Equal((0, 3, 3L, 200), (feed.ConsecutiveErrors, feed.LastItemCount, feed.ArticlesAdded, feed.LastHttpStatus));
        Assert.NotNull(feed.LastSuccessAt);
        Assert.True(feed.NextCheckAt > feed.LastCheckAt);
    }

    [Fact]
    public async Task RefreshFeed_SecondPoll_AddsNothing()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await using var app = await StartAsync(("gn", "/gn.xml"));
        await app.Refresher.RefreshFeedAsync("gn", default);

        var again = await app.Refresher.RefreshFeedAsync("gn", default);

        Assert.Equal((3, 0), (again!.Items, again.NewArticles));
        Assert.Equal(3, (await app.ArticlesAsync()).Count);
    }

    [Fact]
    public async Task RefreshFeed_AfterRestartOnSameDatabase_AddsNoDuplicates()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await using (var first = await StartAsync(("gn", "/gn.xml")))
            await first.Refresher.RefreshFeedAsync("gn", default);

        await using var restarted = await StartAsync(("gn", "/gn.xml"));
        var result = await restarted.Refresher.RefreshFeedAsync("gn", default);

        Assert.Equal(0, result!.NewArticles);
        Assert.Equal(3, (await restarted.ArticlesAsync()).Count);
        Assert.Equal(2, (await restarted.EventsAsync("gn")).Count);
    }

    [Fact]
    public async Task RefreshFeed_ServerHonoursETag_NotModifiedStoresNothing()
    {
        var body = TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems);
        _server.Map("/etag.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"") { context.Response.StatusCode = 304; return; }
            context.Response.Headers.ETag = "\"v1\"";
            await context.Response.WriteAsync(body);
        });
        await using var app = await StartAsync(("e", "/etag.xml"));
        await app.Refresher.RefreshFeedAsync("e", default);

        var second = await app.Refresher.RefreshFeedAsync("e", default);

        Assert.Equal(FetchEventOutcome.NotModified, second!.Outcome);
        Assert.Equal("\"v1\"", _server.RequestHeaders("/etag.xml")[1]["If-None-Match"]);
        Assert.Equal([FetchEventOutcome.Ok, FetchEventOutcome.NotModified], (await app.EventsAsync("e")).Select(e => e.Outcome));
        Assert.Equal(0, (await app.FeedAsync("e")).ConsecutiveErrors);
    }

    [Fact]
    public async Task RefreshFeed_429WithRetryAfter_StoresErrorAndWaitsAtLeastRetryAfter()
    {
        _server.Map("/busy.xml", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        await using var app = await StartAsync(("busy", "/busy.xml"));

        var result = await app.Refresher.RefreshFeedAsync("busy", default);

        var feed = await app.FeedAsync("busy");
        Assert.Equal(FetchEventOutcome.Failed, result!.Outcome);
        Assert.Contains("429", feed.LastError);
        Assert.Equal((1, 429), (feed.ConsecutiveErrors, feed.LastHttpStatus));
        Assert.True(feed.NextCheckAt >= feed.LastCheckAt!.Value.AddSeconds(3600 * 0.8), $"next check {feed.NextCheckAt:O} after {feed.LastCheckAt:O}");
    }

    [Fact]
    public async Task RefreshFeed_FailuresThenSuccess_CountsAndResetsErrors()
    {
        _server.Map("/flaky.xml", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        await using var app = await StartAsync(("flaky", "/flaky.xml"));
        await app.Refresher.RefreshFeedAsync("flaky", default);
        await app.Refresher.RefreshFeedAsync("flaky", default);
        var failing = await app.FeedAsync("flaky");

        _server.MapContent("/flaky.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await app.Refresher.RefreshFeedAsync("flaky", default);
        var healed = await app.FeedAsync("flaky");

        Assert.Equal((2, "fetch: HTTP 500 Internal Server Error"), (failing.ConsecutiveErrors, failing.LastError));
        Assert.Equal((0, null, 3L), (healed.ConsecutiveErrors, healed.LastError, healed.ArticlesAdded));
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "html", "fetch: not a feed (got an HTML page)" },
        { "broken", "parse: not a feed" },
        { "malformed", "line 3:" },
        { "huge", "too large" },
        { "slow", "timed out" },
        { "loop", "too many redirects" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task RefreshFeed_BadResponse_StoresReadableErrorAndKeepsOtherFeedsWorking(string path, string expected)
    {
        MapBadResponses();
        _server.MapContent("/good.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        await using var app = await StartAsync(ingestion: o => { o.TimeoutSeconds = 1; o.MaxBodyBytes = 64 * 1024; }, ("bad", "/" + path), ("good", "/good.xml"));

        var bad = await app.Refresher.RefreshFeedAsync("bad", default);
        var good = await app.Refresher.RefreshFeedAsync("good", default);

        Assert.Equal(FetchEventOutcome.Failed, bad!.Outcome);
        Assert.Contains(expected, (await app.FeedAsync("bad")).LastError);
        Assert.Contains(expected, (await app.EventsAsync("bad")).Single().Error);
        Assert.Equal(3, good!.NewArticles);
    }

    [Fact]
    public async Task RefreshFeed_GzipAndRedirect_Stored()
    {
        var body = Encoding.UTF8.GetBytes(TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        _server.Map("/moved.xml", context => { context.Response.Redirect("/gz.xml"); return Task.CompletedTask; });
        _server.Map("/gz.xml", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(body);
        });
        await using var app = await StartAsync(("gz", "/moved.xml"));

        var result = await app.Refresher.RefreshFeedAsync("gz", default);

        Assert.Equal(3, result!.NewArticles);
        Assert.Equal(1, _server.RequestCount("/gz.xml"));
    }

    [Fact]
    public async Task RefreshFeed_Subscriber_GetsExactlyTheNewArticlesAfterCommit()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems[..2]));
        await using var app = await StartAsync(("gn", "/gn.xml"));
        await app.Refresher.RefreshFeedAsync("gn", default);
        var received = new List<(ArticlesAdded Added, int StoredWhenNotified)>();
        var notifier = app.Services.GetRequiredService<ArticleNotifier>();
        using (notifier.Subscribe(added => received.Add((added, app.ArticlesAsync().GetAwaiter().GetResult().Count))))
        {
            _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
            await app.Refresher.RefreshFeedAsync("gn", default);
            await app.Refresher.RefreshFeedAsync("gn", default); // nothing new: no notification
        }
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss([.. TestCatalog.ThreeItems, ("CBMiA4", "After unsubscribe", "X", "https://x.example")]));
        await app.Refresher.RefreshFeedAsync("gn", default);

        var only = Assert.Single(received);
        Assert.Equal(["Some unrelated local story"], only.Added.Articles.Select(a => a.Title));
        Assert.Equal(3, only.StoredWhenNotified);
    }

    [Fact]
    public async Task RefreshFeed_TruncatedDocument_KeepsEntriesAndStoresWarning()
    {
        var full = TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems);
        _server.MapContent("/cut.xml", full[..full.LastIndexOf("</item>", StringComparison.Ordinal)]);
        await using var app = await StartAsync(("cut", "/cut.xml"));

        var result = await app.Refresher.RefreshFeedAsync("cut", default);

        var feed = await app.FeedAsync("cut");
        Assert.Equal((FetchEventOutcome.Ok, 2), (result!.Outcome, result.NewArticles));
        Assert.Null(feed.LastError);
        Assert.False(string.IsNullOrEmpty(feed.LastWarning));
    }

    [Fact]
    public async Task RefreshFeed_UnknownFeed_ReturnsNull()
    {
        await using var app = await StartAsync(("gn", "/gn.xml"));
        Assert.Null(await app.Refresher.RefreshFeedAsync("nope", default));
    }

    private void MapBadResponses()
    {
        _server.MapContent("/html", "<!DOCTYPE html><html><body>Consent</body></html>", "text/html");
        _server.MapContent("/broken", "<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>");
        _server.MapContent("/malformed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel <title>x</title>");
        _server.MapContent("/huge", "<rss version=\"2.0\"><channel>" + new string(' ', 200 * 1024) + "</channel></rss>");
        _server.Map("/slow", async context => await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted));
        _server.Map("/loop", context => { context.Response.Redirect("/loop"); return Task.CompletedTask; });
    }

    private Task<IngestionHarness> StartAsync(params (string Id, string Path)[] feeds) => StartAsync(null, feeds);

    private Task<IngestionHarness> StartAsync(Action<Dashboard.Configuration.IngestionOptions>? ingestion, params (string Id, string Path)[] feeds) =>
        IngestionHarness.StartAsync(_dataDir, feeds.Select(f => TestCatalog.Feed(f.Id, _server.Url(f.Path))), ingestion);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
