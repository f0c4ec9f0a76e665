using Dashboard.Fetching;
using Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Fetching;

public sealed class FeedFetcherLimitTests
{
    [Fact]
    public async Task FetchAsync_ContentLengthOverDefaultCap_FailsBeforeReading()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        // Announces 16 MiB but sends 1 KiB and stalls: a fetcher reading on would time out instead.
        server.Map("/big.xml", async context =>
        {
            context.Response.ContentLength = 16L * 1024 * 1024;
            await context.Response.Body.WriteAsync(new byte[1024], context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        using var host = new FetcherHost(options => options.TimeoutSeconds = 5);

        var result = await host.FetchAsync(server.Url("/big.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("fetch: response too large (over 15 MiB), aborted", result.Error);
        Assert.Null(result.Body);
    }

    [Fact]
    public async Task FetchAsync_EndlessChunkedBody_AbortsAtCap()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        // Never ends by itself: only the fetcher giving up can finish this request before the timeout.
        server.Map("/endless.xml", StreamZerosUntilAbortedAsync);
        using var host = new FetcherHost(options => options.MaxBodyBytes = 64 * 1024);

        var result = await host.FetchAsync(server.Url("/endless.xml"));

        Assert.Equal("fetch: response too large (over 64 KiB), aborted", result.Error);
    }

    [Fact]
    public async Task FetchAsync_SmallGzipOfHugeBody_CountsDecompressedBytes()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        var bomb = FeedFetcherSuccessTests.Compress(new byte[1024 * 1024], "gzip");
        server.Map("/bomb.xml", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        });
        using var host = new FetcherHost(options => options.MaxBodyBytes = 64 * 1024);

        var result = await host.FetchAsync(server.Url("/bomb.xml"));

        Assert.True(bomb.Length < 64 * 1024);
        Assert.Equal("fetch: response too large (over 64 KiB), aborted", result.Error);
    }

    [Fact]
    public async Task FetchAsync_BodyExactlyAtCap_IsAccepted()
    {
        var body = new byte[4096];
        TestFeeds.RssBytes.CopyTo(body, 0);
        Array.Fill(body, (byte)' ', TestFeeds.RssBytes.Length, body.Length - TestFeeds.RssBytes.Length);
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/feed.xml", context => context.Response.Body.WriteAsync(body).AsTask());
        using var host = new FetcherHost(options => options.MaxBodyBytes = body.Length);

        var result = await host.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(body, result.Body);
    }

    [Fact]
    public async Task FetchAsync_NoResponseWithinTimeout_FailsWithTimeout()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/slow.xml", context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var host = new FetcherHost(options => options.TimeoutSeconds = 1);

        var result = await host.FetchAsync(server.Url("/slow.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("fetch: timed out after 1 s", result.Error);
        Assert.InRange(result.Duration, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task FetchAsync_BodyStallsWithinTimeout_FailsWithTimeout()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/stall.xml", async context =>
        {
            await context.Response.Body.WriteAsync("<rss version=\"2.0\">"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        using var host = new FetcherHost(options => options.TimeoutSeconds = 1);

        var result = await host.FetchAsync(server.Url("/stall.xml"));

        Assert.Equal("fetch: timed out after 1 s", result.Error);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Map("/slow.xml", context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var host = new FetcherHost();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Fetcher.FetchAsync(new FetchRequest(server.Url("/slow.xml"), null, null), cts.Token));
    }

    private static async Task StreamZerosUntilAbortedAsync(HttpContext context)
    {
        var chunk = new byte[8192];
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client hung up: what the test expects.
        }
    }
}
