namespace Dashboard.Components;

/// <summary>Feed content is untrusted: only absolute http(s) links ever reach an href.</summary>
public static class SafeLink
{
    public static string? Href(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
