using Dashboard.Configuration;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.App;

/// <summary>
/// The app in-process (WebApplicationFactory) with feeds served from a loopback server. The background poller is
/// off: each test decides when feeds are fetched (POST /api/feeds/{id}/refresh).
/// </summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private LoopbackApp(LoopbackFeedServer server, DashboardAppFactory factory)
    {
        (Server, Factory, Client) = (server, factory, factory.CreateClient());
    }

    public LoopbackFeedServer Server { get; }
    public DashboardAppFactory Factory { get; }
    public HttpClient Client { get; }

    /// <param name="feeds">Maps the feeds' content on the server and returns their configuration.</param>
    public static async Task<LoopbackApp> StartAsync(Func<LoopbackFeedServer, IEnumerable<FeedOptions>> feeds)
    {
        var server = await LoopbackFeedServer.StartAsync();
        var options = TestCatalog.Options(feeds(server));
        options.Ingestion.Enabled = false;
        return new LoopbackApp(server, new DashboardAppFactory(options));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Server.DisposeAsync();
    }
}
