using Dashboard.Alerts;
using Dashboard.Stories;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Live;

/// <summary>
/// Forwards new blindspots and spike alerts to hub clients subscribed to their topic ("blindspotRaised",
/// "alertRaised"). Both are about a topic as a whole, so every subscriber of the topic gets them, whatever
/// perspectives it filters articles by. Sends are fire-and-forget off the publisher's thread; a failed send is logged.
/// </summary>
public sealed class AnalysisRelay(BlindspotNotifier blindspots, AlertNotifier alerts, IHubContext<NewsHub> hub, ILogger<AnalysisRelay> logger)
    : IHostedService
{
    public const string BlindspotMethod = "blindspotRaised";
    public const string AlertMethod = "alertRaised";

    private readonly List<IDisposable> _subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(blindspots.Subscribe(raised =>
        {
            foreach (var topic in raised.Topics) _ = SendAsync(topic, BlindspotMethod, new { topic, story = raised.Story });
        }));
        _subscriptions.Add(alerts.Subscribe(alert => _ = SendAsync(alert.TopicId, AlertMethod, new { topic = alert.TopicId, alert })));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
        return Task.CompletedTask;
    }

    private async Task SendAsync(string topic, string method, object payload)
    {
        try { await hub.Clients.Group(HubDelivery.GroupName(topic)).SendAsync(method, payload); }
        catch (Exception e) { logger.LogError(e, "hub: sending {Method} for topic {Topic} failed", method, topic); }
    }
}
