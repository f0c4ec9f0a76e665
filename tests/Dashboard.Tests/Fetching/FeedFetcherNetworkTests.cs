using System.Net;
using System.Net.Sockets;
using Dashboard.Fetching;

namespace Dashboard.Tests.Fetching;

public sealed class FeedFetcherNetworkTests
{
    [Fact]
    public async Task FetchAsync_ClosedPort_FailsWithConnectionRefused()
    {
        var port = UnusedPort();
        using var host = new FetcherHost();

        var result = await host.FetchAsync(new Uri($"http://127.0.0.1:{port}/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Null(result.HttpStatus);
        Assert.Equal($"fetch: connection refused by 127.0.0.1:{port}", result.Error);
    }

    [Fact]
    public async Task FetchAsync_UnresolvableHost_FailsWithDnsError()
    {
        using var host = new FetcherHost();

        // .invalid is reserved (RFC 2606): it never resolves, with or without a network.
        var result = await host.FetchAsync(new Uri("http://example.invalid/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("fetch: DNS lookup failed for example.invalid", result.Error);
    }

    [Fact]
    public async Task FetchAsync_ServerClosesWithoutResponse_FailsWithNetworkError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        // Every connection is hung up on: the handler may retry a request on a fresh connection once.
        var hangUp = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    client.Client.Shutdown(SocketShutdown.Both);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        using var host = new FetcherHost(options => options.TimeoutSeconds = 10);

        var result = await host.FetchAsync(new Uri($"http://127.0.0.1:{port}/feed.xml"));
        await stop.CancelAsync();
        await hangUp;

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.StartsWith("fetch: network error: ", result.Error);
        Assert.Contains("response ended prematurely", result.Error);
    }

    /// <summary>A port that was free a moment ago and has nothing listening now.</summary>
    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
