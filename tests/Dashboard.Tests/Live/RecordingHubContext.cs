using System.Threading.Channels;
using Dashboard.Live;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Tests.Live;

/// <summary>
/// An <see cref="IHubContext{NewsHub}"/> that records each send (who, method, payload) instead of sending;
/// <see cref="OnSend"/> lets a test block or fail a send.
/// </summary>
internal sealed class RecordingHubContext : IHubContext<NewsHub>
{
    private readonly Channel<Sent> _sent = Channel.CreateUnbounded<Sent>();

    public Func<Sent, Task> OnSend { get; set; } = _ => Task.CompletedTask;

    public IHubClients Clients => new Targets(this);
    public IGroupManager Groups => throw new NotSupportedException("the broadcaster never manages groups");

    /// <summary>The next completed or failed send attempt, within 10 s.</summary>
    public async Task<Sent> NextAsync() => await _sent.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public bool TryNext(out Sent? sent) => _sent.Reader.TryRead(out sent);

    internal sealed record Sent(string Target, string Method, object?[] Arguments)
    {
        public ArticlesAddedMessage Message => Assert.IsType<ArticlesAddedMessage>(Assert.Single(Arguments));
    }

    private sealed class Proxy(RecordingHubContext owner, string target) : IClientProxy
    {
        public async Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            var sent = new Sent(target, method, args);
            try { await owner.OnSend(sent); }
            finally { owner._sent.Writer.TryWrite(sent); }
        }
    }

    private sealed class Targets(RecordingHubContext owner) : IHubClients
    {
        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => new Proxy(owner, $"clients:{string.Join(",", connectionIds)}");
        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) =>
            new Proxy(owner, $"group:{groupName} except:{string.Join(",", excludedConnectionIds)}");

        public IClientProxy All => Unexpected();
        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => Unexpected();
        public IClientProxy Client(string connectionId) => Unexpected();
        public IClientProxy Group(string groupName) => Unexpected();
        public IClientProxy Groups(IReadOnlyList<string> groupNames) => Unexpected();
        public IClientProxy User(string userId) => Unexpected();
        public IClientProxy Users(IReadOnlyList<string> userIds) => Unexpected();

        private static IClientProxy Unexpected() => throw new NotSupportedException("the broadcaster sends to groups or listed connections only");
    }
}
