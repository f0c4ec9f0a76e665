namespace Dashboard.Fetching;

public enum FetchOutcome
{
    /// <summary>A feed body was received.</summary>
    Ok,
    /// <summary>The server answered 304 to the conditional GET: nothing new.</summary>
    NotModified,
    /// <summary>Network, HTTP or content failure; see <see cref="FetchResult.Error"/>.</summary>
    Failed,
}
