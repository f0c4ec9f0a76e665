using Dashboard.Scheduling;

namespace Dashboard.Tests.Scheduling;

public sealed class SchedulePolicyTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 25, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Fifteen-minute feed, no jitter: the rules alone decide.</summary>
    private static ScheduleInput Input() => new() { Now = Now, Interval = TimeSpan.FromMinutes(15), Jitter = 0, Random = 0.5 };

    [Fact]
    public void NextCheck_SuccessWithoutHints_WaitsInterval() =>
        Assert.Equal(Now.AddMinutes(15), SchedulePolicy.NextCheck(Input()));

    [Fact]
    public void NextCheck_TtlLongerThanInterval_WaitsTtl() =>
        Assert.Equal(Now.AddMinutes(60), SchedulePolicy.NextCheck(Input() with { TtlMinutes = 60 }));

    [Fact]
    public void NextCheck_MaxAgeLongerThanInterval_WaitsMaxAge() =>
        Assert.Equal(Now.AddMinutes(30), SchedulePolicy.NextCheck(Input() with { MaxAge = TimeSpan.FromMinutes(30) }));

    [Fact]
    public void NextCheck_ExpiresLaterThanInterval_WaitsUntilExpires() =>
        Assert.Equal(Now.AddMinutes(45), SchedulePolicy.NextCheck(Input() with { Expires = Now.AddMinutes(45) }));

    [Fact]
    public void NextCheck_SeveralHints_WaitsForTheLongest() =>
        Assert.Equal(Now.AddMinutes(90), SchedulePolicy.NextCheck(Input() with
        {
            TtlMinutes = 20,
            MaxAge = TimeSpan.FromMinutes(90),
            Expires = Now.AddMinutes(40),
        }));

    [Fact]
    public void NextCheck_HintsShorterThanInterval_WaitsInterval() =>
        Assert.Equal(Now.AddMinutes(15), SchedulePolicy.NextCheck(Input() with
        {
            TtlMinutes = 5,
            MaxAge = TimeSpan.FromMinutes(1),
            Expires = Now.AddMinutes(-10),
        }));

    [Fact]
    public void NextCheck_HintBeyondADay_CappedAt24Hours() =>
        Assert.Equal(Now.AddHours(24), SchedulePolicy.NextCheck(Input() with { MaxAge = TimeSpan.FromDays(3) }));

    [Fact]
    public void NextCheck_FirstError_WaitsOneInterval() =>
        Assert.Equal(Now.AddMinutes(15), SchedulePolicy.NextCheck(Input() with { ConsecutiveErrors = 1 }));

    [Fact]
    public void NextCheck_ThirdError_WaitsFourIntervals() =>
        Assert.Equal(Now.AddMinutes(60), SchedulePolicy.NextCheck(Input() with { ConsecutiveErrors = 3 }));

    [Theory]
    [InlineData(6)]    // 15 min × 32 = 8 h
    [InlineData(1000)] // 2^999 does not fit a TimeSpan
    public void NextCheck_ManyErrors_CappedAtMaxBackoff(int errors) =>
        Assert.Equal(Now.AddHours(6), SchedulePolicy.NextCheck(Input() with { ConsecutiveErrors = errors }));

    [Fact]
    public void NextCheck_CustomMaxBackoff_CapsBackoff() =>
        Assert.Equal(Now.AddHours(1), SchedulePolicy.NextCheck(Input() with
        {
            ConsecutiveErrors = 5, // 15 min × 16 = 4 h
            MaxBackoff = TimeSpan.FromHours(1),
        }));

    [Fact]
    public void NextCheck_ErrorWithCacheHints_IgnoresHints() =>
        Assert.Equal(Now.AddMinutes(15), SchedulePolicy.NextCheck(Input() with
        {
            ConsecutiveErrors = 1,
            MaxAge = TimeSpan.FromHours(2),
            TtlMinutes = 120,
        }));

    [Fact]
    public void NextCheck_RetryAfterLongerThanBackoff_WaitsRetryAfter() =>
        Assert.Equal(Now.AddHours(2), SchedulePolicy.NextCheck(Input() with
        {
            ConsecutiveErrors = 1,
            RetryAfter = TimeSpan.FromHours(2),
        }));

    [Fact]
    public void NextCheck_RetryAfterShorterThanBackoff_WaitsBackoff() =>
        Assert.Equal(Now.AddMinutes(60), SchedulePolicy.NextCheck(Input() with
        {
            ConsecutiveErrors = 3,
            RetryAfter = TimeSpan.FromMinutes(10),
        }));

    [Fact]
    public void NextCheck_RetryAfterBeyondMaxBackoff_WaitsRetryAfter() =>
        Assert.Equal(Now.AddHours(10), SchedulePolicy.NextCheck(Input() with
        {
            ConsecutiveErrors = 1,
            RetryAfter = TimeSpan.FromHours(10),
        }));

    [Fact]
    public void NextCheck_RetryAfterBeyondADay_CappedAt24Hours() =>
        Assert.Equal(Now.AddHours(24), SchedulePolicy.NextCheck(Input() with
        {
            ConsecutiveErrors = 1,
            RetryAfter = TimeSpan.FromDays(3),
        }));

    [Theory]
    [InlineData(0.0, 8)]   // 10 min × (1 − 0.2)
    [InlineData(0.5, 10)]  // 10 min × (1 + 0)
    [InlineData(0.75, 11)] // 10 min × (1 + 0.2 × 0.5)
    public void NextCheck_Jitter_SpreadsWaitAroundInterval(double random, int expectedMinutes) =>
        Assert.Equal(Now.AddMinutes(expectedMinutes), SchedulePolicy.NextCheck(Input() with
        {
            Interval = TimeSpan.FromMinutes(10),
            Jitter = 0.2,
            Random = random,
        }));

    [Fact]
    public void NextCheck_JitterOnBackoff_SpreadsBackoff() =>
        // 10 min × 2² = 40 min, then × (1 − 0.25 × 0.5)
        Assert.Equal(Now.AddMinutes(35), SchedulePolicy.NextCheck(Input() with
        {
            Interval = TimeSpan.FromMinutes(10),
            ConsecutiveErrors = 3,
            Jitter = 0.25,
            Random = 0.25,
        }));

    [Fact]
    public void NextCheck_NegativeJitter_NeverBeforeRetryAfter() =>
        Assert.Equal(Now.AddMinutes(10), SchedulePolicy.NextCheck(Input() with
        {
            Interval = TimeSpan.FromMinutes(10),
            ConsecutiveErrors = 1,
            RetryAfter = TimeSpan.FromMinutes(10),
            Jitter = 0.2,
            Random = 0,
        }));

    [Fact]
    public void NextCheck_ZeroInterval_StillAfterNow() =>
        Assert.Equal(Now + SchedulePolicy.MinWait, SchedulePolicy.NextCheck(Input() with { Interval = TimeSpan.Zero }));
}
