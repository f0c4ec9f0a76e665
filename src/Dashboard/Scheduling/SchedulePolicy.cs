namespace Dashboard.Scheduling;

/// <summary>
/// When to check a feed next. Pure: the same input always gives the same time, which keeps the
/// scheduler testable and the rules in one place.
/// </summary>
public static class SchedulePolicy
{
    /// <summary>No publisher hint may park a feed for more than a day.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromHours(24);

    /// <summary>Floor of every wait, so the result is always strictly after Now.</summary>
    public static readonly TimeSpan MinWait = TimeSpan.FromSeconds(1);

    public static DateTimeOffset NextCheck(ScheduleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var wait = input.ConsecutiveErrors > 0 ? Backoff(input) : Regular(input);
        wait = ApplyJitter(wait, input.Jitter, input.Random);
        // Applied after jitter: jitter must never bring a retry earlier than the server asked.
        if (input.RetryAfter is { } retryAfter) wait = Max(wait, Min(retryAfter, MaxWait));
        return input.Now + Max(wait, MinWait);
    }

    /// <summary>Poll no more often than the interval, nor than the feed or the HTTP cache say content changes.</summary>
    private static TimeSpan Regular(ScheduleInput input)
    {
        var wait = input.Interval;
        if (input.TtlMinutes is > 0 and var ttl) wait = Max(wait, TimeSpan.FromMinutes(ttl));
        if (input.MaxAge is { } maxAge) wait = Max(wait, maxAge);
        if (input.Expires is { } expires) wait = Max(wait, expires - input.Now);
        return Min(wait, MaxWait);
    }

    /// <summary>Interval × 2^(errors − 1): the first failure retries after one interval, then doubling.</summary>
    private static TimeSpan Backoff(ScheduleInput input)
    {
        // Computed in double: 2^errors overflows TimeSpan long before the cap applies.
        var ticks = input.Interval.Ticks * Math.Pow(2, input.ConsecutiveErrors - 1);
        return ticks >= input.MaxBackoff.Ticks ? input.MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    private static TimeSpan ApplyJitter(TimeSpan wait, double jitter, double random)
    {
        var fraction = Math.Clamp(jitter, 0, 1) * (2 * Math.Clamp(random, 0, 1) - 1);
        return TimeSpan.FromTicks((long)(wait.Ticks * (1 + fraction)));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
