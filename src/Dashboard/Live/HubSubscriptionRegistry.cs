using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Dashboard.Live;

/// <summary>
/// Every connection's subscriptions (one per topic, topic ids case-insensitive), keyed by ConnectionId.
/// A singleton: the hub writes it, the broadcaster reads it from its own thread, so each connection's state
/// is an immutable map swapped atomically.
/// </summary>
public sealed class HubSubscriptionRegistry
{
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, HubSubscription>> _connections = new(StringComparer.Ordinal);

    public void Set(string connectionId, HubSubscription subscription) =>
        _connections.AddOrUpdate(connectionId,
            _ => ImmutableDictionary.Create<string, HubSubscription>(StringComparer.OrdinalIgnoreCase).SetItem(subscription.Topic, subscription),
            (_, topics) => topics.SetItem(subscription.Topic, subscription));

    /// <summary>Returns whether the connection had a subscription to <paramref name="topic"/>.</summary>
    public bool Remove(string connectionId, string topic)
    {
        while (_connections.TryGetValue(connectionId, out var topics))
        {
            if (!topics.ContainsKey(topic)) return false;
            if (_connections.TryUpdate(connectionId, topics.Remove(topic), topics)) return true;
        }
        return false;
    }

    public void RemoveConnection(string connectionId) => _connections.TryRemove(connectionId, out _);

    public IReadOnlyCollection<HubSubscription> For(string connectionId) =>
        _connections.TryGetValue(connectionId, out var topics) ? [.. topics.Values] : [];

    /// <summary>
    /// The sends that deliver <paramref name="added"/>: per topic of its articles, one group send for the
    /// connections taking every perspective, and one send per distinct perspective filter, each with only the
    /// articles its receivers accept. Sends with no articles are left out.
    /// </summary>
    public IReadOnlyList<HubDelivery> Plan(ArticlesAdded added)
    {
        var snapshot = _connections.ToArray();
        var deliveries = new List<HubDelivery>();
        var topics = added.Articles.SelectMany(a => a.Topics).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in topics)
        {
            var subscribers = snapshot
                .Select(c => (ConnectionId: c.Key, Subscription: c.Value.GetValueOrDefault(topic)))
                .Where(s => s.Subscription is not null)
                .ToArray();
            if (subscribers.Length == 0) continue;
            var canonicalTopic = subscribers[0].Subscription!.Topic;

            var filtered = subscribers.Where(s => s.Subscription!.Perspectives is not null).ToArray();
            if (filtered.Length < subscribers.Length)
            {
                var all = new HubSubscription(canonicalTopic, null);
                deliveries.Add(new HubDelivery(canonicalTopic, null, [.. filtered.Select(s => s.ConnectionId)],
                    [.. added.Articles.Where(all.Accepts)]));
            }
            foreach (var sameFilter in filtered.GroupBy(s => Key(s.Subscription!)))
            {
                var subscription = sameFilter.First().Subscription!;
                deliveries.Add(new HubDelivery(canonicalTopic, [.. sameFilter.Select(s => s.ConnectionId)], [],
                    [.. added.Articles.Where(subscription.Accepts)]));
            }
        }
        return deliveries.Where(d => d.Articles.Count > 0).ToArray();
    }

    private static string Key(HubSubscription subscription) =>
        string.Join(',', subscription.Perspectives!.Order(StringComparer.Ordinal));
}
