using System.Threading.Channels;

namespace Dashboard.Tests.Live;

/// <summary>
/// The messages one hub method delivered to one connection, in arrival order. Tests await them with a timeout
/// instead of sleeping, and a timeout names what did arrive, so a failure says more than "nothing came".
/// </summary>
internal sealed class HubInbox<T>(string method, Func<T, string> describe)
{
    private readonly Channel<T> _messages = Channel.CreateUnbounded<T>();

    /// <summary>The connection's handler: never blocks, so the client's receive loop is never held up.</summary>
    public void Add(T message) => _messages.Writer.TryWrite(message);

    /// <summary>The next message.</summary>
    public async Task<T> NextAsync(TimeSpan timeout) => (await UntilAsync(_ => true, timeout))[^1];

    /// <summary>Every message up to and including the first that matches <paramref name="last"/>.</summary>
    public async Task<IReadOnlyList<T>> UntilAsync(Func<T, bool> last, TimeSpan timeout)
    {
        var received = new List<T>();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var message = await _messages.Reader.ReadAsync(cts.Token);
                received.Add(message);
                if (last(message)) return received;
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"{method}: the awaited message did not arrive within {timeout.TotalSeconds:0} s; " +
                $"received meanwhile: [{string.Join(" | ", received.Select(describe))}]");
        }
    }
}
