namespace Dashboard.Scheduling;

/// <summary>Everything <see cref="SchedulePolicy.NextCheck"/> needs about one feed after one fetch.</summary>
public sealed record ScheduleInput
{
    public required DateTimeOffset Now { get; init; }
    /// <summary>The feed's configured poll interval.</summary>
    public required TimeSpan Interval { get; init; }
    /// <summary>Consecutive failed fetches including this one; 0 after a success or a 304.</summary>
    public int ConsecutiveErrors { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>Cache-Control max-age of the response.</summary>
    public TimeSpan? MaxAge { get; init; }
    /// <summary>Expires header of the response.</summary>
    public DateTimeOffset? Expires { get; init; }
    /// <summary>RSS &lt;ttl&gt; of the feed, in minutes.</summary>
    public int? TtlMinutes { get; init; }
    /// <summary>Jitter fraction: 0.2 spreads the wait over ±20 %.</summary>
    public double Jitter { get; init; }
    /// <summary>A random number in [0, 1), supplied by the caller so the policy stays deterministic.</summary>
    public double Random { get; init; }
    /// <summary>Upper bound of the error backoff.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);
}
