namespace Dashboard.Fetching;

/// <summary>What one fetch produced. Failures are values, never exceptions, so one broken feed cannot stop the others.</summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }
    public int? HttpStatus { get; init; }
    /// <summary>Decompressed body; only for <see cref="FetchOutcome.Ok"/>.</summary>
    public byte[]? Body { get; init; }
    public string? ContentType { get; init; }
    /// <summary>Raw ETag header; on 304 without one, the request's ETag so the caller can store it unconditionally.</summary>
    public string? ETag { get; init; }
    /// <summary>Raw Last-Modified header; on 304 without one, the request's value.</summary>
    public string? LastModified { get; init; }
    /// <summary>URL of the last request, after redirects.</summary>
    public Uri? FinalUrl { get; init; }
    /// <summary>From Retry-After (delta seconds or HTTP-date) on 429 and 503.</summary>
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>Cache-Control max-age.</summary>
    public TimeSpan? MaxAge { get; init; }
    public DateTimeOffset? Expires { get; init; }
    /// <summary>Human-readable reason of a failure, starting with "fetch: ".</summary>
    public string? Error { get; init; }
    public TimeSpan Duration { get; init; }
}
