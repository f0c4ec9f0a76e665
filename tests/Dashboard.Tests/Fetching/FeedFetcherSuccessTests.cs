using System.IO.Compression;
using Dashboard.Fetching;
using Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Fetching;

public sealed class FeedFetcherSuccessTests
{
    [Fact]
    public async Task FetchAsync_Ok_ReturnsBodyValidatorsAndCacheHints()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 25 Nov 2025 03:00:00 GMT";
            context.Response.Headers.CacheControl = "public, max-age=300";
            context.Response.Headers.Expires = "Tue, 25 Nov 2025 04:00:00 GMT";
            await context.Response.Body.WriteAsync(TestFeeds.RssBytes);
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Null(result.Error);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(TestFeeds.RssBytes, result.Body);
        Assert.Equal("application/rss+xml; charset=utf-8", result.ContentType);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Tue, 25 Nov 2025 03:00:00 GMT", result.LastModified);
        Assert.Equal(TimeSpan.FromSeconds(300), result.MaxAge);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 0, TimeSpan.Zero), result.Expires);
        Assert.Equal(server.Url("/feed.xml"), result.FinalUrl);
        Assert.True(result.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task FetchAsync_AnyRequest_SendsUserAgentAndFeedAccept()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.MapContent("/feed.xml", TestFeeds.Rss);
        using var host = new FetcherHost();

        await host.FetchAsync(server.Url("/feed.xml"));

        var headers = Assert.Single(server.RequestHeaders("/feed.xml"));
        Assert.StartsWith("Dashboard/", headers.UserAgent.ToString());
        Assert.EndsWith(" (+self-hosted news perspective monitor)", headers.UserAgent.ToString());
        Assert.Equal("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
            headers.Accept.ToString());
    }

    [Fact]
    public async Task FetchAsync_WithValidators_SendsConditionalHeadersAndReportsNotModified()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = context.Request.Headers.IfNoneMatch == "\"v1\"" ? 304 : 200;
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.CacheControl = "max-age=60";
            return Task.CompletedTask;
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"), "\"v1\"", "Tue, 25 Nov 2025 03:00:00 GMT");

        Assert.Equal(FetchOutcome.NotModified, result.Outcome);
        Assert.Equal(304, result.HttpStatus);
        Assert.Null(result.Body);
        Assert.Null(result.Error);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal(TimeSpan.FromSeconds(60), result.MaxAge);
        var sent = Assert.Single(server.RequestHeaders("/feed.xml"));
        Assert.Equal("\"v1\"", sent.IfNoneMatch.ToString());
        Assert.Equal("Tue, 25 Nov 2025 03:00:00 GMT", sent.IfModifiedSince.ToString());
    }

    [Fact]
    public async Task FetchAsync_NotModifiedWithoutValidators_KeepsRequestValidators()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"), "W/\"abc\"", "Mon, 24 Nov 2025 10:00:00 GMT");

        Assert.Equal(FetchOutcome.NotModified, result.Outcome);
        Assert.Equal("W/\"abc\"", result.ETag);
        Assert.Equal("Mon, 24 Nov 2025 10:00:00 GMT", result.LastModified);
    }

    [Fact]
    public async Task FetchAsync_RedirectChainOfTwo_FollowsAndReportsFinalUrl()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/old.xml", context => Redirect(context, "/moved.xml"));
        server.Map("/moved.xml", context => Redirect(context, server.Url("/feed.xml").AbsoluteUri));
        server.MapContent("/feed.xml", TestFeeds.Rss);
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/old.xml"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("/feed.xml"), result.FinalUrl);
        Assert.Equal(TestFeeds.RssBytes, result.Body);
        Assert.Equal(1, server.RequestCount("/moved.xml"));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task FetchAsync_CompressedBody_ReturnsDecompressedBytes(string encoding)
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = encoding;
            var compressed = Compress(TestFeeds.RssBytes, encoding);
            context.Response.ContentLength = compressed.Length;
            await context.Response.Body.WriteAsync(compressed);
        });
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(TestFeeds.RssBytes, result.Body);
        var acceptEncoding = Assert.Single(server.RequestHeaders("/feed.xml")).AcceptEncoding.ToString();
        Assert.Contains("gzip", acceptEncoding);
        Assert.Contains("br", acceptEncoding);
    }

    [Fact]
    public async Task FetchAsync_FeedLabelledTextHtml_IsAccepted()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.MapContent("/feed.xml", TestFeeds.Rss, "text/html; charset=utf-8");
        using var host = new FetcherHost();

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(TestFeeds.RssBytes, result.Body);
    }

    internal static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    internal static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding == "br"
                   ? new BrotliStream(output, CompressionLevel.Optimal)
                   : new GZipStream(output, CompressionLevel.Optimal))
            compressor.Write(data);
        return output.ToArray();
    }
}
