namespace Dashboard.Feeds.Normalizing;

/// <summary>Small, allocation-light URL questions the normalizer asks.</summary>
public static class UrlParts
{
    /// <summary>The URL when it is an absolute http(s) URL, else null: feed content may carry javascript:, data:, file: …</summary>
    public static string? SafeHttpUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return null;
        return uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? url.Trim() : null;
    }

    /// <summary>Lower-case host of an http(s) URL, or null.</summary>
    public static string? Host(string? url) =>
        SafeHttpUrl(url) is { } safe ? new Uri(safe).Host.ToLowerInvariant() : null;

    /// <summary>The host without a leading "www.", the form outlets are registered under (xinhuanet.com).</summary>
    public static string? Domain(string? url) =>
        Host(url) is { } host ? (host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host) : null;
}
