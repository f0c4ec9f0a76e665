namespace Dashboard.Benchmarks;

/// <summary>A clock stopped at one instant, so a benchmark's windows and ranges do not move while it runs.</summary>
internal sealed class FixedTime(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(now);
}
