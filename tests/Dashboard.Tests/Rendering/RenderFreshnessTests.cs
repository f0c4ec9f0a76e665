using Dashboard.Overview;
using Dashboard.Rendering;
using Dashboard.Tests.Overview;

namespace Dashboard.Tests.Rendering;

public sealed class RenderFreshnessTests
{
    private static readonly DateTime Now = new(2025, 11, 25, 9, 37, 42, 500, DateTimeKind.Utc);

    private static ViewFilter Frozen(DateTime to) => OverviewTestData.View() with { Range = TimeRange.Fixed(to.AddDays(-1), to) };

    [Fact]
    public void For_LiveRange_DrawnAtTheMinuteAndExpiresWithIt()
    {
        var freshness = RenderFreshness.For(OverviewTestData.View("24h"), Now);

        Assert.Equal(new RenderFreshness(new DateTime(2025, 11, 25, 9, 37, 0, DateTimeKind.Utc), true, new DateTime(2025, 11, 25, 9, 38, 0, DateTimeKind.Utc)), freshness);
        Assert.Equal(18, freshness.MaxAgeSeconds(Now));
    }

    [Fact]
    public void For_LiveRangeInTheMinutesLastMoment_AtLeastOneSecond()
    {
        Assert.Equal(1, RenderFreshness.For(OverviewTestData.View("1h"), Now.AddSeconds(17.4)).MaxAgeSeconds(Now.AddSeconds(17.4)));
    }

    [Fact]
    public void For_FrozenWindowEndedLongAgo_SettledForAnHour()
    {
        var freshness = RenderFreshness.For(Frozen(Now.AddDays(-3)), Now);

        Assert.False(freshness.Moving);
        Assert.Equal(3600, freshness.MaxAgeSeconds(Now));
    }

    [Theory]
    [InlineData(30)] // a digest's today: the window ends in the future
    [InlineData(-30)] // just closed: late articles still arrive
    public void For_FrozenWindowOpenOrJustClosed_MovesLikeALiveOne(int endInMinutes)
    {
        var freshness = RenderFreshness.For(Frozen(Now.AddMinutes(endInMinutes)), Now);

        Assert.True(freshness.Moving);
        Assert.Equal(new DateTime(2025, 11, 25, 9, 38, 0, DateTimeKind.Utc), freshness.ExpiresAt);
    }
}
