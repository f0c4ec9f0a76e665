namespace Dashboard.Fetching;

/// <summary>One conditional GET of a feed URL.</summary>
/// <param name="Url">Absolute http(s) URL of the feed.</param>
/// <param name="ETag">Validator from the previous successful fetch, sent back verbatim as If-None-Match.</param>
/// <param name="LastModified">Validator from the previous successful fetch, sent back verbatim as If-Modified-Since.</param>
public sealed record FetchRequest(Uri Url, string? ETag, string? LastModified);
