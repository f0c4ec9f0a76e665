using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Dashboard.Tests.Live;

/// <summary>
/// A bare SignalR client speaking the JSON hub protocol over a WebSocket (the .NET SignalR client cannot be
/// restored here, and a hand-rolled one also proves the wire format): records end with 0x1E, type 1 is an
/// invocation, 3 a completion, 6 a ping. It pings every 10 s because the server drops clients silent for 30 s.
/// </summary>
internal sealed class HubProtocolClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    // Bytes, not text: a receive can end inside a multi-byte character, never inside the 0x1E separator.
    private readonly List<byte> _pending = [];
    private readonly Queue<JsonElement> _received = new();
    private Task _pinger = Task.CompletedTask;
    private int _nextInvocationId;

    /// <summary>Connects to <c>/hubs/news</c> directly over WebSockets (no negotiate) and completes the handshake.</summary>
    public static async Task<HubProtocolClient> ConnectAsync(Uri baseUrl)
    {
        var client = new HubProtocolClient();
        var ws = new UriBuilder(new Uri(baseUrl, "hubs/news")) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await client._socket.ConnectAsync(ws, timeout.Token);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await client.ReceiveAsync(TimeSpan.FromSeconds(15));
        if (handshake.EnumerateObject().Any())
            throw new InvalidOperationException("hub handshake refused: " + handshake.GetRawText());
        client._pinger = client.PingAsync();
        return client;
    }

    /// <summary>Invokes <paramref name="target"/> and returns its completion message (type 3).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString();
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        return await WaitForAsync(m => Type(m) == 3 && m.GetProperty("invocationId").GetString() == id, TimeSpan.FromSeconds(15));
    }

    /// <summary>The next message matching <paramref name="match"/>; others (pings, other messages) are skipped.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"no matching hub message within {timeout.TotalSeconds} s");
            var message = await ReceiveAsync(left);
            if (match(message)) return message;
        }
    }

    public static int Type(JsonElement message) => message.TryGetProperty("type", out var type) ? type.GetInt32() : -1;

    private async Task<JsonElement> ReceiveAsync(TimeSpan timeout)
    {
        var buffer = new byte[16 * 1024];
        // Cancelling a WebSocket receive aborts the socket, so a timeout ends this client for good.
        using var cts = new CancellationTokenSource(timeout);
        while (_received.Count == 0)
        {
            WebSocketReceiveResult result;
            try { result = await _socket.ReceiveAsync(buffer, cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"no hub message within {timeout.TotalSeconds:0} s"); }
            if (result.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException($"the hub closed the connection: {result.CloseStatus} {result.CloseStatusDescription}");
            _pending.AddRange(buffer.AsSpan(0, result.Count));
            SplitRecords();
        }
        return _received.Dequeue();
    }

    private void SplitRecords()
    {
        int end;
        while ((end = _pending.IndexOf((byte)RecordSeparator)) >= 0)
        {
            _received.Enqueue(JsonDocument.Parse(_pending.GetRange(0, end).ToArray()).RootElement.Clone());
            _pending.RemoveRange(0, end + 1);
        }
    }

    private async Task SendAsync(string json)
    {
        await _sendGate.WaitAsync();
        try { await _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, _stop.Token); }
        finally { _sendGate.Release(); }
    }

    private async Task PingAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), _stop.Token);
                await SendAsync("""{"type":6}""");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pinger;
        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
        _sendGate.Dispose();
    }
}
