using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.App;
using Dashboard.Tests.Ingestion;
using Microsoft.AspNetCore.TestHost;

namespace Dashboard.Tests.Live;

/// <summary>
/// The app in-process with two loopback feeds whose articles' perspectives and topics are known (topics
/// us-china and taiwan-strait, perspectives us, china and unclassified). Nothing is fetched until a test refreshes a feed.
/// </summary>
internal sealed class HubApp : IAsyncDisposable
{
    /// <summary>
    /// <see cref="TestCatalog.ThreeItems"/>: Xinhua (china), The New York Times on Taiwan (us; also taiwan-strait
    /// by keyword) and an unknown outlet (us, the feed's default), all in us-china.
    /// </summary>
    public const string MixedFeed = "mixed";

    /// <summary>
    /// One Xinhua (china) article in us-china and taiwan-strait. The broadcaster sends refreshes in commit order
    /// and a connection receives its messages in send order, so once this article, refreshed after another feed,
    /// reaches a connection, everything that refresh sent the connection has arrived: a barrier, not a sleep.
    /// </summary>
    public const string SentinelFeed = "sentinel";
    public const string SentinelTitle = "Beijing answers Washington on Taiwan";

    public const string XinhuaTitle = "Xi talks with Trump over phone";
    public const string TaiwanTitle = "Xi Presses Trump on Taiwan as They Agree to Meet in China in April";
    public const string GazetteTitle = "Some unrelated local story";

    /// <summary>In-process sends take milliseconds; this only bounds a failure on a busy machine.</summary>
    public static TimeSpan MessageTimeout => TimeSpan.FromSeconds(15);

    private readonly LoopbackApp _app;

    private HubApp(LoopbackApp app) => _app = app;

    public TestServer Server => _app.Factory.Server;
    public IServiceProvider Services => _app.Factory.Services;

    public static async Task<HubApp> StartAsync() => new(await LoopbackApp.StartAsync(server =>
    {
        server.MapContent("/mixed.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
        server.MapContent("/sentinel.xml", TestCatalog.GoogleNewsRss(("CBMiS1", SentinelTitle, "新华网", "https://www.news.cn")));
        return [TestCatalog.Feed(MixedFeed, server.Url("/mixed.xml")), TestCatalog.Feed(SentinelFeed, server.Url("/sentinel.xml"))];
    }));

    public Task<NewsHubClient> ConnectAsync() => NewsHubClient.ConnectAsync(Server);

    /// <summary>"Refresh now" on <paramref name="feedId"/>; returns once its articles are committed and queued for the hub.</summary>
    public async Task RefreshAsync(string feedId)
    {
        using var response = await _app.Client.PostAsync($"/api/feeds/{feedId}/refresh", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"refresh of {feedId}: HTTP {(int)response.StatusCode} {body}");
        var result = JsonDocument.Parse(body).RootElement;
        Assert.True(result.GetProperty("newArticles").GetInt32() > 0, $"refresh of {feedId}: {body}");
    }

    /// <summary>Refreshes <paramref name="feedId"/>, then <see cref="SentinelFeed"/> as the barrier after it.</summary>
    public async Task RefreshThenSentinelAsync(string feedId)
    {
        await RefreshAsync(feedId);
        await RefreshAsync(SentinelFeed);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
