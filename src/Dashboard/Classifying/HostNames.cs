namespace Dashboard.Classifying;

/// <summary>Reduces what feeds give as an outlet's address (host, domain, URL) to a bare host name.</summary>
internal static class HostNames
{
    /// <summary>
    /// "https://WWW.Example.com:443/x" → "Example.com"; "www.nytimes.com." → "nytimes.com". Case is left
    /// alone (lookups ignore it) so the common case allocates nothing. Empty when there is no host.
    /// </summary>
    public static ReadOnlySpan<char> Bare(string? hostOrUrl)
    {
        var host = hostOrUrl.AsSpan().Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            // A full URL: let Uri deal with user info, IPv6 brackets, IDN and the like.
            if (!Uri.TryCreate(hostOrUrl!.Trim(), UriKind.Absolute, out var uri))
                return [];
            host = uri.IdnHost.AsSpan();
        }
        else
        {
            var end = host.IndexOfAny('/', ':', '?');
            if (end >= 0)
                host = host[..end];
        }
        host = host.TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            host = host[4..];
        return host;
    }

    /// <summary>Whether an outlet name is really a domain ("news.cgtn.com", "Bloomberg.com").</summary>
    public static bool LooksLikeDomain(ReadOnlySpan<char> name)
    {
        var dot = name.IndexOf('.');
        return dot > 0 && dot < name.Length - 1 && !name.ContainsAny(' ', '\t', '/') && !name.Contains('\u00a0');
    }
}
