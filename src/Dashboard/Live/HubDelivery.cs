namespace Dashboard.Live;

/// <summary>
/// One send of <c>articlesAdded</c> for one topic. <see cref="ConnectionIds"/> null means the topic's whole
/// SignalR group except <see cref="ExceptConnectionIds"/> (those have a perspective filter and get their own
/// delivery); otherwise exactly those connections.
/// </summary>
public sealed record HubDelivery(
    string Topic,
    IReadOnlyList<string>? ConnectionIds,
    IReadOnlyList<string> ExceptConnectionIds,
    IReadOnlyList<ArticleSummary> Articles)
{
    public static string GroupName(string topic) => "topic:" + topic;
}
