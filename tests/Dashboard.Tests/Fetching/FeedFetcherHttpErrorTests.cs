using Dashboard.Fetching;
using Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Fetching;

public sealed class FeedFetcherHttpErrorTests
{
    [Theory]
    [InlineData(500, "fetch: HTTP 500 Internal Server Error")]
    [InlineData(404, "fetch: HTTP 404 Not Found")]
    [InlineData(403, "fetch: HTTP 403 Forbidden")]
    public async Task FetchAsync_ErrorStatus_FailsWithStatusAndReason(int status, string expected)
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.ETag = "\"error-page\"";
            return Task.CompletedTask;
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(expected, result.Error);
        Assert.Null(result.Body);
        Assert.Null(result.RetryAfter);
        Assert.Null(result.ETag);
    }

    [Fact]
    public async Task FetchAsync_429WithDeltaSeconds_ReportsRetryAfter()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Equal("fetch: HTTP 429 Too Many Requests (retry after 120 s)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_503WithHttpDate_ReportsRetryAfterRelativeToServerDate()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.Date = "Tue, 25 Nov 2025 03:00:00 GMT";
            context.Response.Headers.RetryAfter = "Tue, 25 Nov 2025 03:05:00 GMT";
            return Task.CompletedTask;
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(TimeSpan.FromMinutes(5), result.RetryAfter);
        Assert.Equal("fetch: HTTP 503 Service Unavailable (retry after 300 s)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_429WithHttpDateAndLiveClock_ReportsRemainingWait()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(120).ToString("R");
            return Task.CompletedTask;
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        // HTTP dates have whole seconds, so the wait is 120 s give or take the rounding of both dates.
        Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 118, 121);
        Assert.Matches(@"^fetch: HTTP 429 Too Many Requests \(retry after 1(19|20|21) s\)$", result.Error);
    }

    [Fact]
    public async Task FetchAsync_FiveRedirects_StillFollowed()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        MapRedirectChain(server, hops: 5);
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/hop1"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("/feed.xml"), result.FinalUrl);
    }

    [Fact]
    public async Task FetchAsync_SixRedirects_FailsWithTooManyRedirects()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        MapRedirectChain(server, hops: 6);
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/hop1"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("fetch: too many redirects (more than 5)", result.Error);
        Assert.Equal(0, server.RequestCount("/feed.xml"));
    }

    [Fact]
    public async Task FetchAsync_HtmlPage_FailsAsNotAFeed()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.MapContent("/feed.xml", "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>", "text/html; charset=utf-8");
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("fetch: not a feed (got an HTML page)", result.Error);
        Assert.Null(result.Body);
    }

    [Fact]
    public async Task FetchAsync_HtmlLabelledAsRss_FailsAsNotAFeed()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.MapContent("/feed.xml", "\uFEFF\n  <!-- portal --><HTML><body>Accept the terms</body></HTML>");
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal("fetch: not a feed (got an HTML page)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NonHttpUrl_FailsWithoutRequest()
    {
        using var host = new FetcherHost();

        var result = await host.FetchAsync(new Uri("ftp://127.0.0.1/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("fetch: unsupported URL ftp://127.0.0.1/feed.xml (only http and https)", result.Error);
    }

    /// <summary>/hop1 → /hop2 → … → /hop{hops} → /feed.xml: <paramref name="hops"/> redirects in all.</summary>
    private static void MapRedirectChain(LoopbackFeedServer server, int hops)
    {
        for (var i = 1; i <= hops; i++)
        {
            var next = i == hops ? "/feed.xml" : $"/hop{i + 1}";
            server.Map($"/hop{i}", context => FeedFetcherSuccessTests.Redirect(context, next));
        }
        server.MapContent("/feed.xml", TestFeeds.Rss);
    }
}
