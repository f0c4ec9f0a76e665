using System.Text.Json;
using static Dashboard.Tests.Live.HubApp;

namespace Dashboard.Tests.Live;

/// <summary>
/// The one test without a SignalR library: README's wire format, record by record, over a bare WebSocket to
/// <c>/hubs/news</c> (no negotiate), in-process on the test server.
/// </summary>
public sealed class HubProtocolTests : IAsyncLifetime
{
    private HubApp _app = null!;

    public async Task InitializeAsync() => _app = await HubApp.StartAsync();

    [Fact]
    public async Task JsonProtocol_HandshakeSubscribeAndRefresh_RecordsAsReadmeDocuments()
    {
        var socket = await _app.Server.CreateWebSocketClient().ConnectAsync(new Uri("ws://localhost/hubs/news"), CancellationToken.None);
        await using var client = new HubProtocolClient(socket);

        await client.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await client.ReceiveAsync(_ => true, MessageTimeout);
        await client.SendAsync("""{"type":1,"invocationId":"1","target":"Subscribe","arguments":["us-china",null]}""");
        var completion = await client.ReceiveAsync(m => Type(m) == 3, MessageTimeout);
        await _app.RefreshAsync(MixedFeed);
        var invocation = await client.ReceiveAsync(m => Type(m) == 1, MessageTimeout);

        Assert.Equal("{}", handshake.GetRawText());
        Assert.Equal("1", completion.GetProperty("invocationId").GetString());
        Assert.False(completion.TryGetProperty("error", out var error), error.ToString());
        Assert.Equal("""{"topic":"us-china","perspectives":null}""", completion.GetProperty("result").GetRawText());
        Assert.Equal("articlesAdded", invocation.GetProperty("target").GetString());
        var payload = Assert.Single(invocation.GetProperty("arguments").EnumerateArray());
        Assert.Equal("us-china", payload.GetProperty("topic").GetString());
        Assert.Equal([GazetteTitle, TaiwanTitle, XinhuaTitle],
            payload.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Order());
    }

    private static int Type(JsonElement record) => record.TryGetProperty("type", out var type) ? type.GetInt32() : -1;

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
