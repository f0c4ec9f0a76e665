using System.Net;

namespace Dashboard.Feeds.Cli;

/// <summary>Gets the bytes <c>inspect</c> parses: a local file, or an http(s) URL fetched once.</summary>
internal static class InspectSource
{
    private const long MaxBytes = 50L * 1024 * 1024; // a feed larger than this is a mistake, not a feed
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The data and, for URLs, the document URL relative links resolve against.</summary>
    public static async Task<(byte[] Data, string? DocumentUrl)> ReadAsync(string target, CancellationToken ct)
    {
        var looksLikeUrl = target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) && looksLikeUrl)
            throw new InspectSourceException($"fetch: invalid URL: {target}");
        if (uri is not null && !uri.IsFile)
        {
            if (uri.Scheme is not ("http" or "https"))
                throw new InspectSourceException($"fetch: unsupported URL scheme '{uri.Scheme}' (http and https only)");
            return (await FetchAsync(uri, ct), uri.AbsoluteUri);
        }
        try
        {
            return (await File.ReadAllBytesAsync(target, ct), null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InspectSourceException($"read: file not found: {target}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InspectSourceException($"read: {target}: {ex.Message}", ex);
        }
    }

    private static async Task<byte[]> FetchAsync(Uri uri, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            MaxAutomaticRedirections = 5,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Dashboard-inspect");
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
                throw new InspectSourceException($"fetch: HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {uri}");
            if (response.Content.Headers.ContentLength > MaxBytes)
                throw new InspectSourceException($"fetch: response larger than {MaxBytes / (1024 * 1024)} MB");
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                    throw new InspectSourceException($"fetch: response larger than {MaxBytes / (1024 * 1024)} MB");
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new InspectSourceException($"fetch: timed out after {Timeout.TotalSeconds:F0} s: {uri}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new InspectSourceException($"fetch: {uri}: {ex.Message}", ex);
        }
    }
}
