using System.Collections.Frozen;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Classifying;

/// <summary>
/// Looks outlets up by domain, name or id. Runs for every article, so the tables are built once and
/// looked up with spans (no lower-casing or substring allocations per lookup).
/// </summary>
public sealed class SourceRegistry
{
    private readonly FrozenDictionary<string, SourceOptions> byId;
    private readonly FrozenDictionary<string, SourceDomainMatch>.AlternateLookup<ReadOnlySpan<char>> byDomain;
    private readonly FrozenDictionary<string, SourceOptions>.AlternateLookup<ReadOnlySpan<char>> byName;

    public SourceRegistry(IOptions<DashboardOptions> options)
        : this(options.Value)
    {
    }

    public SourceRegistry(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Sources = options.Sources;
        // First entry wins on duplicates; the validator reports them, so this only matters for
        // registries built in code without validation.
        var ids = new Dictionary<string, SourceOptions>(StringComparer.OrdinalIgnoreCase);
        var domains = new Dictionary<string, SourceDomainMatch>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, SourceOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in options.Sources)
        {
            ids.TryAdd(source.Id, source);
            foreach (var domain in source.Domains)
                domains.TryAdd(domain, new SourceDomainMatch(source, domain));
            foreach (var name in source.Aliases.Prepend(source.Name).Where(n => !string.IsNullOrWhiteSpace(n)))
                names.TryAdd(name.Trim(), source);
        }
        byId = ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        byDomain = domains.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The registry in configuration order.</summary>
    public IReadOnlyList<SourceOptions> Sources { get; }

    public SourceOptions? Find(string? id) =>
        id is not null && byId.TryGetValue(id.Trim(), out var source) ? source : null;

    /// <summary>
    /// The outlet owning a host: the registered domain itself or any subdomain of it, ignoring case and
    /// "www." ("english.news.cn" → news.cn, "edition.cnn.com" → cnn.com). Accepts a URL too.
    /// </summary>
    public SourceOptions? FindByDomain(string? hostOrDomain) => MatchDomain(hostOrDomain)?.Source;

    /// <summary>Like <see cref="FindByDomain"/>, also telling which registered domain matched.</summary>
    public SourceDomainMatch? MatchDomain(string? hostOrDomain)
    {
        var host = HostNames.Bare(hostOrDomain);
        // Most specific first, so a registered subdomain (asia.example.com) beats its parent.
        while (!host.IsEmpty)
        {
            if (byDomain.TryGetValue(host, out var match))
                return match;
            var dot = host.IndexOf('.');
            if (dot < 0)
                return null;
            host = host[(dot + 1)..];
        }
        return null;
    }

    /// <summary>
    /// The outlet with this name or alias (case-insensitive, trimmed). A name that is itself a domain
    /// ("news.cgtn.com", "Bloomberg.com" — Google News uses those for some outlets) falls back to the domain.
    /// </summary>
    public SourceOptions? FindByName(string? outletName)
    {
        var name = outletName.AsSpan().Trim();
        if (name.IsEmpty)
            return null;
        if (byName.TryGetValue(name, out var source))
            return source;
        return HostNames.LooksLikeDomain(name) ? FindByDomain(outletName) : null;
    }
}
