using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Fetching;

/// <summary>
/// Fetches one feed URL with the limits of <see cref="IngestionOptions"/>. Every failure comes back as a
/// <see cref="FetchOutcome.Failed"/> result with a readable error; only the caller's cancellation throws.
/// Register with <see cref="FetchingServiceCollectionExtensions.AddFetching"/>, which configures redirects and decompression.
/// </summary>
public sealed class FeedFetcher
{
    private const string AcceptHeader =
        "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    /// <summary>Sent on every request so publishers can identify and contact the poller.</summary>
    public static string UserAgent { get; } = BuildUserAgent();

    private readonly HttpClient _http;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _clock;

    public FeedFetcher(HttpClient http, IOptions<DashboardOptions> options, TimeProvider clock)
    {
        _http = http;
        _options = options.Value.Ingestion;
        _clock = clock;
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _clock.GetTimestamp();
        var result = await FetchCoreAsync(request, ct);
        return result with { Duration = _clock.GetElapsedTime(started) };
    }

    private async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        if (!request.Url.IsAbsoluteUri || request.Url.Scheme is not ("http" or "https"))
            return Failed(FetchErrors.UnsupportedUrl(request.Url));

        var timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds);
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        try
        {
            using var message = BuildRequest(request);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeoutCts.Token);
            return await ReadResponseAsync(request, response, timeoutCts.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Cancellation can surface as IOException mid-body, so decide by the tokens, not the exception type.
            ct.ThrowIfCancellationRequested();
            if (timeoutCts.IsCancellationRequested) return Failed(FetchErrors.TimedOut(timeout));
            return Failed(FetchErrors.FromException(ex, request.Url));
        }
    }

    private static HttpRequestMessage BuildRequest(FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", AcceptHeader);
        // Validators are echoed verbatim: some servers compare them as opaque strings.
        if (IsHeaderSafe(request.ETag)) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (IsHeaderSafe(request.LastModified)) message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return message;
    }

    private async Task<FetchResult> ReadResponseAsync(FetchRequest request, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var finalUrl = response.RequestMessage?.RequestUri ?? request.Url;
        var result = new FetchResult
        {
            Outcome = FetchOutcome.Ok,
            HttpStatus = status,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = Raw(response.Headers, "ETag"),
            LastModified = Raw(response.Content.Headers, "Last-Modified"),
            FinalUrl = finalUrl,
            MaxAge = response.Headers.CacheControl?.MaxAge,
            Expires = response.Content.Headers.Expires,
        };

        if (response.StatusCode == HttpStatusCode.NotModified)
            return result with
            {
                Outcome = FetchOutcome.NotModified,
                ETag = result.ETag ?? request.ETag,
                LastModified = result.LastModified ?? request.LastModified,
            };

        // The handler hands a redirect back only when it will not follow it.
        if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(finalUrl, location);
            var downgrade = finalUrl.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp;
            return Failure(result, downgrade ? FetchErrors.RedirectDowngrade(target) : FetchErrors.TooManyRedirects(_options.MaxRedirects));
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = status is 429 or 503 ? RetryAfter(response) : null;
            return Failure(result, FetchErrors.Http(status, response.ReasonPhrase, retryAfter)) with { RetryAfter = retryAfter };
        }

        if (response.Content.Headers.ContentLength > _options.MaxBodyBytes)
            return Failure(result, FetchErrors.TooLarge(_options.MaxBodyBytes));
        var body = await BoundedBodyReader.ReadAsync(response.Content, _options.MaxBodyBytes, ct);
        if (body is null) return Failure(result, FetchErrors.TooLarge(_options.MaxBodyBytes));
        if (FeedSniffer.IsHtmlPage(body, response.Content.Headers.ContentType?.MediaType))
            return Failure(result, FetchErrors.NotAFeed);

        return result with { Body = body };
    }

    /// <summary>A failed result keeps status and cache hints but drops validators, which belong to a body we did not accept.</summary>
    private static FetchResult Failure(FetchResult result, string error) =>
        result with { Outcome = FetchOutcome.Failed, Error = error, ETag = null, LastModified = null };

    private static FetchResult Failed(string error) => new() { Outcome = FetchOutcome.Failed, Error = error };

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is not { } date) return null;
        // Measured against the server's own Date header when there is one, so clock skew does not matter.
        var wait = date - (response.Headers.Date ?? _clock.GetUtcNow());
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MultipleChoices
        or HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string? Raw(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool IsHeaderSafe(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.IndexOfAny(['\r', '\n']) < 0;

    private static string BuildUserAgent()
    {
        var version = typeof(FeedFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // Drop "+<commit>" build metadata: publishers need the release, not the commit.
        var plus = version.IndexOf('+');
        return $"Dashboard/{(plus >= 0 ? version[..plus] : version)} (+self-hosted news perspective monitor)";
    }
}
