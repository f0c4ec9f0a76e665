using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Dashboard.Tests.Live;

/// <summary>
/// Only the framing of SignalR's JSON hub protocol over a WebSocket: every record ends with 0x1E. What the records
/// say is the test's, written out in full, because README documents that text for clients without a SignalR library.
/// It sends no pings (README asks for one every 30 s): a test using it is over well before.
/// </summary>
internal sealed class HubProtocolClient(WebSocket socket) : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1E;
    // Bytes, not text: a receive can end inside a multi-byte character, never inside the 0x1E separator.
    private readonly List<byte> _pending = [];
    private readonly Queue<JsonElement> _received = new();

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + (char)RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next record matching <paramref name="match"/>; others (the server's pings) are skipped.</summary>
    public async Task<JsonElement> ReceiveAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        // Cancelling a WebSocket receive aborts the socket, so a timeout ends this client for good.
        using var cts = new CancellationTokenSource(timeout);
        var skipped = new List<string>();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            while (_received.TryDequeue(out var record))
            {
                if (match(record)) return record;
                skipped.Add(record.GetRawText());
            }
            WebSocketReceiveResult result;
            try { result = await socket.ReceiveAsync(buffer, cts.Token); }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching hub record within {timeout.TotalSeconds:0} s; skipped: [{string.Join(" ", skipped)}]");
            }
            if (result.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException($"the hub closed the connection: {result.CloseStatus} {result.CloseStatusDescription}");
            _pending.AddRange(buffer.AsSpan(0, result.Count));
            int end;
            while ((end = _pending.IndexOf(RecordSeparator)) >= 0)
            {
                _received.Enqueue(JsonDocument.Parse(_pending.GetRange(0, end).ToArray()).RootElement.Clone());
                _pending.RemoveRange(0, end + 1);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
