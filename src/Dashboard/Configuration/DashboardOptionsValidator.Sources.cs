namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    private static void CheckSources(List<SourceOptions> sources, List<string> perspectives, ConfigurationProblems problems)
    {
        CheckIdentities("Sources", sources, s => s.Id, s => s.Name, problems);
        var known = perspectives.ToHashSet(StringComparer.Ordinal);
        // Where each domain and each name was first seen: the registry resolves an article by domain
        // or name, so one claimed by two sources would make the answer depend on list order.
        var domainOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var nameOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < sources.Count; i++)
        {
            var path = $"Sources:{i}";
            var source = sources[i];
            var owner = $"{path} ({source.Id})";

            if (problems.Require($"{path}:Perspective", source.Perspective) && !known.Contains(source.Perspective))
                problems.Add($"{path}:Perspective", $"unknown perspective '{source.Perspective}' {ConfigurationProblems.Known(perspectives)}");
            if (problems.Require($"{path}:Country", source.Country) && !ConfigurationFormats.IsCountry(source.Country))
                problems.Add($"{path}:Country", $"invalid country '{source.Country}' (use an ISO 3166-1 alpha-2 code such as \"US\", or \"INT\")");

            for (var d = 0; d < source.Domains.Count; d++)
            {
                var domain = source.Domains[d];
                if (!ConfigurationFormats.IsRegistryDomain(domain))
                    problems.Add($"{path}:Domains:{d}", $"invalid domain '{domain}' (a lower-case host name such as \"news.cn\", without scheme, path or \"www.\")");
                else
                    ClaimOnce(domainOwners, domain, owner, $"{path}:Domains:{d}", "domain", problems);
            }

            if (!string.IsNullOrWhiteSpace(source.Name))
                ClaimOnce(nameOwners, source.Name.Trim(), owner, $"{path}:Name", "name", problems);
            for (var a = 0; a < source.Aliases.Count; a++)
            {
                if (problems.Require($"{path}:Aliases:{a}", source.Aliases[a]))
                    ClaimOnce(nameOwners, source.Aliases[a].Trim(), owner, $"{path}:Aliases:{a}", "name", problems);
            }
        }
    }

    /// <summary>Records the first owner of a domain or name; reports it when another source claims it.</summary>
    private static void ClaimOnce(
        Dictionary<string, string> owners, string key, string owner, string path, string what, ConfigurationProblems problems)
    {
        if (!owners.TryGetValue(key, out var previous))
            owners.Add(key, owner);
        else if (previous != owner)
            problems.Add(path, $"{what} '{key}' is also used by {previous}");
    }
}
