namespace Dashboard.Live;

/// <summary>Payload of the server → client <c>articlesAdded</c> message.</summary>
public sealed record ArticlesAddedMessage(string Topic, IReadOnlyList<ArticleSummary> Articles)
{
    public const string Method = "articlesAdded";
}

/// <summary>What <c>Subscribe</c> returns: the subscription as accepted (null perspectives = all).</summary>
public sealed record SubscriptionAccepted(string Topic, IReadOnlyList<string>? Perspectives);
