namespace Dashboard.Live;

/// <summary>
/// What one connection asked for on one topic, ids in configured casing. <see cref="Perspectives"/> null
/// means every perspective (including "unclassified" and perspectives configured later).
/// </summary>
public sealed record HubSubscription(string Topic, IReadOnlySet<string>? Perspectives)
{
    public bool Accepts(ArticleSummary article) =>
        article.Topics.Contains(Topic, StringComparer.OrdinalIgnoreCase)
        && (Perspectives is null || Perspectives.Contains(article.PerspectiveId));
}
