using Dashboard.Classifying;
using Dashboard.Configuration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Dashboard.Live;

/// <summary>
/// Turns a client's Subscribe arguments into a <see cref="HubSubscription"/> against the configured topics
/// and perspectives. Failures are <see cref="HubException"/>s, whose message SignalR passes to the client.
/// </summary>
public sealed class HubSubscriptionValidator(IOptions<DashboardOptions> options)
{
    public HubSubscription Validate(string? topic, IReadOnlyList<string?>? perspectives)
    {
        var config = options.Value;
        if (string.IsNullOrWhiteSpace(topic)) throw new HubException("hub: a topic is required");
        var topicId = config.Topics.FirstOrDefault(t => string.Equals(t.Id, topic.Trim(), StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new HubException($"hub: unknown topic '{Clip(topic)}' (known: {string.Join(", ", config.Topics.Select(t => t.Id))})");
        if (perspectives is null || perspectives.Count == 0) return new HubSubscription(topicId, null);

        // "unclassified" is a perspective articles really carry, so a client may ask for it too.
        string[] known = [.. config.Perspectives.Select(p => p.Id), Classification.UnclassifiedId];
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var perspective in perspectives)
        {
            var id = known.FirstOrDefault(k => string.Equals(k, perspective?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new HubException($"hub: unknown perspective '{Clip(perspective)}' (known: {string.Join(", ", known)})");
            accepted.Add(id);
        }
        return new HubSubscription(topicId, accepted);
    }

    /// <summary>Client text echoed in an error is cut short, so a huge argument cannot make a huge message.</summary>
    private static string Clip(string? value) =>
        value is null ? "(null)" : value.Length <= 64 ? value : value[..64] + "…";
}
