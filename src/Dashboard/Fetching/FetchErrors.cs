using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Fetching;

/// <summary>
/// The human-readable error texts of failed fetches. They end up on /feeds for an operator,
/// so they name the cause in plain words rather than exception types.
/// </summary>
internal static class FetchErrors
{
    public const string NotAFeed = "fetch: not a feed (got an HTML page)";

    public static string TimedOut(TimeSpan timeout) =>
        $"fetch: timed out after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    public static string TooManyRedirects(int max) => $"fetch: too many redirects (more than {max})";

    public static string RedirectDowngrade(Uri location) =>
        $"fetch: redirect from https to http not followed ({location})";

    public static string TooLarge(long maxBytes) => $"fetch: response too large (over {Size(maxBytes)}), aborted";

    public static string UnsupportedUrl(Uri url) => $"fetch: unsupported URL {url} (only http and https)";

    public static string Http(int status, string? serverReason, TimeSpan? retryAfter)
    {
        // The standard phrase first: the server's own is untrusted text and absent in HTTP/2.
        var phrase = ReasonPhrases.GetReasonPhrase(status);
        if (phrase.Length == 0) phrase = Printable(serverReason);
        var text = phrase.Length == 0 ? $"fetch: HTTP {status}" : $"fetch: HTTP {status} {phrase}";
        return retryAfter is { } wait ? $"{text} (retry after {Math.Ceiling(wait.TotalSeconds):0} s)" : text;
    }

    public static string FromException(Exception ex, Uri url)
    {
        var socket = Find<SocketException>(ex);
        var dnsFailed = ex is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }
            || socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData;
        if (dnsFailed) return $"fetch: DNS lookup failed for {url.IdnHost}";
        if (socket?.SocketErrorCode == SocketError.ConnectionRefused)
            return $"fetch: connection refused by {url.Host}:{url.Port}";
        if (Find<AuthenticationException>(ex) is not null) return $"fetch: network error: TLS failed: {Describe(ex)}";
        return $"fetch: network error: {Describe(ex)}";
    }

    /// <summary>The messages of the exception chain, without .NET's "see inner exception" filler.</summary>
    private static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            var message = e.Message.Replace(", see inner exception", "", StringComparison.OrdinalIgnoreCase)
                .Replace("See the inner exception for details", "", StringComparison.OrdinalIgnoreCase)
                .Trim().TrimEnd('.').Trim();
            if (message.Length > 0 && !parts.Contains(message)) parts.Add(message);
        }
        return parts.Count == 0 ? ex.GetType().Name : string.Join(": ", parts);
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is T match) return match;
        return null;
    }

    private static string Size(long bytes) => bytes switch
    {
        > 0 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        > 0 when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} bytes",
    };

    private static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder();
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 80)))
            if (c is >= ' ' and <= '~') sb.Append(c);
        return sb.ToString().Trim();
    }
}
