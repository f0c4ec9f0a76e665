using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Live;

/// <summary>
/// <c>/hubs/news</c>: clients subscribe to topics (optionally only some perspectives) and receive
/// <c>articlesAdded</c> after each committed refresh. See README "SignalR hub" for the contract.
/// </summary>
public sealed class NewsHub(HubSubscriptionRegistry registry, HubSubscriptionValidator validator, ILogger<NewsHub> logger) : Hub
{
    /// <summary>Adds or replaces this connection's subscription to <paramref name="topic"/>.</summary>
    public async Task<SubscriptionAccepted> Subscribe(string topic, string[]? perspectives)
    {
        var subscription = validator.Validate(topic, perspectives);
        // Registry first, group second: a broadcast in between then either skips this connection or sends
        // it the filtered articles, never articles outside the new subscription.
        registry.Set(Context.ConnectionId, subscription);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubDelivery.GroupName(subscription.Topic), Context.ConnectionAborted);
        logger.LogDebug("hub: {Connection} subscribed to {Topic} ({Perspectives})", Context.ConnectionId, subscription.Topic,
            subscription.Perspectives is null ? "all" : string.Join(", ", subscription.Perspectives));
        return new SubscriptionAccepted(subscription.Topic, subscription.Perspectives?.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Ends this connection's subscription to <paramref name="topic"/>; unknown topics are a no-op.</summary>
    public async Task Unsubscribe(string topic)
    {
        var current = registry.For(Context.ConnectionId)
            .FirstOrDefault(s => string.Equals(s.Topic, topic?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (current is null) return;
        // Group first, registry second: the reverse order would let a group send reach a connection whose
        // registry entry (and so its perspective filter) is already gone.
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubDelivery.GroupName(current.Topic), Context.ConnectionAborted);
        registry.Remove(Context.ConnectionId, current.Topic);
    }

    /// <summary>SignalR drops the connection's groups itself; its subscriptions are ours to drop.</summary>
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        registry.RemoveConnection(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
