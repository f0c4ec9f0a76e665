using System.Text.RegularExpressions;

namespace Dashboard.Configuration;

/// <summary>The textual formats configuration values must have; kept in one place so the validator and the docs agree.</summary>
internal static partial class ConfigurationFormats
{
    /// <summary>Ids appear in URLs and query strings, so they are slugs: "us", "us-china", "gn-us-china".</summary>
    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    /// <summary>Colours go into style attributes, so only plain hex colours are accepted.</summary>
    public static bool IsHexColour(string value) => HexColourPattern().IsMatch(value);

    /// <summary>
    /// A lower-case host name without scheme, port, path or "www." — the registry strips "www." from
    /// the hosts it looks up, so a registered "www.…" domain could never match.
    /// </summary>
    public static bool IsRegistryDomain(string value) =>
        DomainPattern().IsMatch(value) && !value.StartsWith("www.", StringComparison.Ordinal);

    /// <summary>ISO 3166-1 alpha-2 ("US", "CN") or "INT" for multinational wire services.</summary>
    public static bool IsCountry(string value) => value == "INT" || CountryPattern().IsMatch(value);

    /// <summary>Feeds are fetched over HTTP only; anything else (file:, relative paths) is a mistake.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColourPattern();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex DomainPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
