using Dashboard.Configuration;

namespace Dashboard.Classifying;

/// <summary>
/// The perspective given to an article and why. <see cref="Rule"/> is shown to people after the
/// perspective's name ("China — source registry: xinhuanet.com"), so it must explain the decision alone.
/// </summary>
/// <param name="Source">The registry's outlet, when known — even when the feed overrides the perspective.</param>
/// <param name="PerspectiveId">A configured perspective id, or <see cref="UnclassifiedId"/>.</param>
public sealed record Classification(SourceOptions? Source, string PerspectiveId, string Rule)
{
    /// <summary>The perspective id of articles that neither the registry nor the feed could place.</summary>
    public const string UnclassifiedId = "unclassified";

    public bool IsUnclassified => PerspectiveId == UnclassifiedId;
}
