using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Live;

/// <summary>
/// Forwards committed articles from <see cref="ArticleNotifier"/> to hub clients. The notifier calls
/// handlers on the ingest thread, so the handler only queues; a background loop plans and sends. A flood
/// beyond <see cref="Capacity"/> queued refreshes drops the oldest (logged): hub clients are live views,
/// and the newest articles matter most to them.
/// </summary>
public sealed class HubBroadcaster : BackgroundService
{
    public const int DefaultCapacity = 256;

    private readonly ArticleNotifier _notifier;
    private readonly HubSubscriptionRegistry _registry;
    private readonly IHubContext<NewsHub> _hub;
    private readonly ILogger<HubBroadcaster> _logger;
    private readonly Channel<ArticlesAdded> _queue;
    private IDisposable? _subscription;

    public HubBroadcaster(ArticleNotifier notifier, HubSubscriptionRegistry registry, IHubContext<NewsHub> hub,
        ILogger<HubBroadcaster> logger) : this(notifier, registry, hub, logger, DefaultCapacity) { }

    internal HubBroadcaster(ArticleNotifier notifier, HubSubscriptionRegistry registry, IHubContext<NewsHub> hub,
        ILogger<HubBroadcaster> logger, int capacity)
    {
        _notifier = notifier;
        _registry = registry;
        _hub = hub;
        _logger = logger;
        Capacity = capacity;
        _queue = Channel.CreateBounded<ArticlesAdded>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            dropped => _logger.LogWarning("hub: send queue full ({Capacity} refreshes); dropped {Count} articles from {Feed}",
                Capacity, dropped.Articles.Count, dropped.FeedId));
    }

    public int Capacity { get; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = _notifier.Subscribe(added => _queue.Writer.TryWrite(added));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var added in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                foreach (var delivery in _registry.Plan(added))
                    await SendAsync(delivery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private async Task SendAsync(HubDelivery delivery, CancellationToken ct)
    {
        var message = new ArticlesAddedMessage(delivery.Topic, delivery.Articles);
        var clients = delivery.ConnectionIds is { } ids
            ? _hub.Clients.Clients(ids)
            : _hub.Clients.GroupExcept(HubDelivery.GroupName(delivery.Topic), delivery.ExceptConnectionIds);
        try
        {
            await clients.SendAsync(ArticlesAddedMessage.Method, message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One failed send must not stop the hub: the next refresh is delivered as usual.
            _logger.LogError(e, "hub: sending {Count} articles of topic {Topic} failed", delivery.Articles.Count, delivery.Topic);
        }
    }
}
