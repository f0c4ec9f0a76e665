using System.Text;

namespace Dashboard.Feeds.Normalizing;

/// <summary>
/// One spelling per article URL for de-duplication: scheme and host in lower case, default port,
/// fragment and trailing slash dropped, and the tracking parameters that differ between shares of
/// the same article (utm_*, fbclid, gclid, Google's oc) removed. Path and remaining query keep their
/// case and order, since servers may treat them as significant.
/// </summary>
public static class UrlCanonicalizer
{
    public static string? Canonicalize(string? url)
    {
        if (UrlParts.SafeHttpUrl(url) is not { } safe || !Uri.TryCreate(safe, UriKind.Absolute, out var uri))
            return null;
        var sb = new StringBuilder(safe.Length);
        sb.Append(uri.Scheme).Append("://").Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort)
            sb.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath;
        sb.Append(path.EndsWith('/') ? path.AsSpan(0, path.Length - 1) : path);
        AppendQuery(sb, uri.Query);
        return sb.ToString();
    }

    private static void AppendQuery(StringBuilder sb, string query)
    {
        if (query.Length <= 1)
            return;
        var first = true;
        foreach (var part in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var name = eq < 0 ? part : part[..eq];
            if (IsTracking(name))
                continue;
            sb.Append(first ? '?' : '&').Append(part);
            first = false;
        }
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name.Equals("fbclid", StringComparison.OrdinalIgnoreCase)
        || name.Equals("gclid", StringComparison.OrdinalIgnoreCase)
        || name.Equals("oc", StringComparison.OrdinalIgnoreCase);
}
