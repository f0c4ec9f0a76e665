using System.Collections.Frozen;
using Dashboard.Configuration;
using Dashboard.Feeds.Normalizing;
using Microsoft.Extensions.Options;

namespace Dashboard.Classifying;

/// <summary>
/// Gives each article a perspective by the product's rule: the feed when it overrides, else the source
/// registry (Google News source URL, then link domain, then outlet name), else the feed's default,
/// else "unclassified" — and says which step decided.
/// </summary>
public sealed class PerspectiveClassifier
{
    private readonly SourceRegistry registry;
    private readonly FrozenSet<string> perspectives;

    public PerspectiveClassifier(SourceRegistry registry, IOptions<DashboardOptions> options)
        : this(registry, options.Value)
    {
    }

    public PerspectiveClassifier(SourceRegistry registry, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        this.registry = registry;
        perspectives = options.Perspectives.Select(p => p.Id).ToFrozenSet(StringComparer.Ordinal);
    }

    public Classification Classify(NormalizedArticle article, FeedOptions feed)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(feed);
        // Resolved even under Override: the outlet is still known and shown, only its side is forced.
        var (source, registryRule) = ResolveSource(article);
        var feedPerspective = Configured(feed.Perspective);
        var feedName = string.IsNullOrWhiteSpace(feed.Name) ? feed.Id : feed.Name;

        if (feed.PerspectiveMode == FeedPerspectiveMode.Override && feedPerspective is not null)
            return new Classification(source, feedPerspective, $"feed override: {feedName}");
        if (source is not null && Configured(source.Perspective) is { } sourcePerspective)
            return new Classification(source, sourcePerspective, registryRule);
        if (feedPerspective is not null)
            return new Classification(source, feedPerspective, $"feed default: {feedName}");

        var why = source is null
            ? $"no registry match for \"{Describe(article)}\""
            : $"registry source \"{source.Name}\" has no configured perspective";
        return new Classification(source, Classification.UnclassifiedId, $"{why} and feed has no default");
    }

    private (SourceOptions? Source, string Rule) ResolveSource(NormalizedArticle article)
    {
        // Google News' <source url> names the real outlet; the link of a Google News item is Google's own.
        if (registry.MatchDomain(article.OutletDomain) is { } bySourceUrl)
            return (bySourceUrl.Source, $"source registry: {bySourceUrl.Domain}");
        if (registry.MatchDomain(article.Link) is { } byLink)
            return (byLink.Source, $"source registry: {byLink.Domain}");
        if (registry.FindByName(article.Outlet) is { } byName)
            return (byName, $"source registry: name \"{article.Outlet!.Trim()}\"");
        return (null, "");
    }

    /// <summary>The id when it names a configured perspective; null for none or an unknown one.</summary>
    private string? Configured(string? perspective) =>
        perspective is not null && perspectives.Contains(perspective) ? perspective : null;

    private static string Describe(NormalizedArticle article)
    {
        if (!string.IsNullOrWhiteSpace(article.Outlet))
            return article.Outlet.Trim();
        if (!string.IsNullOrWhiteSpace(article.OutletDomain))
            return article.OutletDomain.Trim();
        var linkHost = HostNames.Bare(article.Link);
        return linkHost.IsEmpty ? "unknown outlet" : linkHost.ToString();
    }
}
