using System.Net;
using System.Xml.Linq;
using Dashboard.Configuration;
using Dashboard.Demo;
using Dashboard.Fetching;
using Dashboard.Tests.Fetching;
using Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Demo;

public sealed class DemoEndpointsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private LoopbackFeedServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var source = new DemoFeedSource(new DemoOptions { InitialItems = 2, ItemsPerStep = 2, StepSeconds = 5 }, Start, _clock);
        _server = await LoopbackFeedServer.StartAsync(
            builder => builder.Services.AddSingleton(source),
            app => app.MapDemoFeeds());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task FeedEndpoint_AfterAStep_ServesMoreItems()
    {
        var first = await _http.GetAsync(_server.Url("/demo/feeds/demo-china.xml"));
        _clock.Now = Start.AddSeconds(5);
        var second = await _http.GetAsync(_server.Url("/demo/feeds/demo-china.xml"));

        Assert.Equal("application/rss+xml; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.Equal(2, XDocument.Parse(await first.Content.ReadAsStringAsync()).Descendants("item").Count());
        Assert.Equal(4, XDocument.Parse(await second.Content.ReadAsStringAsync()).Descendants("item").Count());
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task FeedEndpoint_ThroughFetcherWithSameStep_IsNotModified()
    {
        using var host = new FetcherHost();
        var url = _server.Url("/demo/feeds/demo-us.xml");

        var first = await host.FetchAsync(url);
        var again = await host.FetchAsync(url, first.ETag, first.LastModified);
        _clock.Now = Start.AddSeconds(5);
        var later = await host.FetchAsync(url, first.ETag, first.LastModified);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.NotNull(first.ETag);
        Assert.Equal(FetchOutcome.NotModified, again.Outcome);
        Assert.Equal(FetchOutcome.Ok, later.Outcome);
    }

    [Fact]
    public async Task FeedEndpoint_UnknownFeed_Returns404()
    {
        var response = await _http.GetAsync(_server.Url("/demo/feeds/demo-mars.xml"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ArticleEndpoint_SeedArticle_ServesEncodedText()
    {
        var article = DemoSeed.Embedded.Articles.Single(a => a.Id == "001");

        var response = await _http.GetAsync(_server.Url("/demo/articles/001"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(article.Title)}</h1>", html);
        Assert.All(article.Paragraphs, paragraph => Assert.Contains($"<p>{WebUtility.HtmlEncode(paragraph)}</p>", html));
    }

    [Fact]
    public async Task ArticleEndpoint_UnknownArticle_Returns404()
    {
        var response = await _http.GetAsync(_server.Url("/demo/articles/999"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
