using System.Net.WebSockets;
using System.Text.Json;
using Dashboard.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Dashboard.Tests.Live;

/// <summary>
/// The .NET SignalR client on <c>/hubs/news</c>, as another program would use it: typed Subscribe/Unsubscribe
/// calls, and each server → client method collected in a <see cref="HubInbox{T}"/>. A method's handlers share the
/// first one's argument types, so a test that reads articlesAdded untyped builds its own connection (<see cref="Builder"/>).
/// </summary>
internal sealed class NewsHubClient : IAsyncDisposable
{
    private NewsHubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<ArticlesAddedMessage>(ArticlesAddedMessage.Method, Articles.Add);
        connection.On<JsonElement>(AnalysisRelay.BlindspotMethod, Blindspots.Add);
        connection.On<JsonElement>(AnalysisRelay.AlertMethod, Alerts.Add);
    }

    public HubConnection Connection { get; }

    public HubInbox<ArticlesAddedMessage> Articles { get; } = new(ArticlesAddedMessage.Method,
        m => $"{m.Topic}: {string.Join(", ", m.Articles.Select(a => $"{a.PerspectiveId} '{a.Title}'"))}");

    public HubInbox<JsonElement> Blindspots { get; } = new(AnalysisRelay.BlindspotMethod, m => m.GetRawText());

    public HubInbox<JsonElement> Alerts { get; } = new(AnalysisRelay.AlertMethod, m => m.GetRawText());

    public static Task<NewsHubClient> ConnectAsync(TestServer server) => StartAsync(Builder(server));

    /// <summary>
    /// In-process: negotiate through the test server's handler, then its in-memory WebSocket, the transport real
    /// clients pick; no port is opened.
    /// </summary>
    public static IHubConnectionBuilder Builder(TestServer server) => new HubConnectionBuilder()
        .WithUrl(new Uri(server.BaseAddress, LiveServiceCollectionExtensions.HubPath.TrimStart('/')), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.HttpMessageHandlerFactory = _ => server.CreateHandler();
            options.WebSocketFactory = async (context, ct) => await server.CreateWebSocketClient().ConnectAsync(context.Uri, ct);
        });

    /// <summary>A running app over the network, with the client's default negotiation.</summary>
    public static Task<NewsHubClient> ConnectAsync(Uri baseUrl) => StartAsync(new HubConnectionBuilder()
        .WithUrl(new Uri(baseUrl, LiveServiceCollectionExtensions.HubPath.TrimStart('/'))));

    private static async Task<NewsHubClient> StartAsync(IHubConnectionBuilder builder)
    {
        var client = new NewsHubClient(builder.Build());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await client.Connection.StartAsync(timeout.Token);
        return client;
    }

    /// <param name="perspectives">null (or empty) for every perspective.</param>
    public async Task<SubscriptionAccepted> SubscribeAsync(string topic, string[]? perspectives)
    {
        // An invocation waits for its completion as long as the connection lives; a test should fail sooner.
        using var timeout = new CancellationTokenSource(InvokeTimeout);
        return await Connection.InvokeAsync<SubscriptionAccepted>("Subscribe", topic, perspectives, timeout.Token);
    }

    public async Task UnsubscribeAsync(string topic)
    {
        using var timeout = new CancellationTokenSource(InvokeTimeout);
        await Connection.InvokeAsync("Unsubscribe", topic, timeout.Token);
    }

    private static TimeSpan InvokeTimeout => TimeSpan.FromSeconds(15);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
