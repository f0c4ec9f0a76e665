using Dashboard.Configuration;
using Dashboard.Demo;
using Dashboard.Overview;
using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Demo;

/// <summary>The release schedule, computed (no waiting): what a wall screen sees over the demo's first quarter hour.</summary>
public sealed class DemoScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 14, 27, 31, TimeSpan.Zero);

    /// <summary>The demo as the shipped appsettings.json configures it.</summary>
    private static DemoFeedSource Shipped() => new(RepositoryRoot.BindShippedOptions().Demo, Start, new ManualClock(Start));

    private static int ReleasedInAll(DemoFeedSource source, DateTimeOffset now) =>
        DemoFeedSource.FeedIds.Sum(feedId => source.ReleasedCount(feedId, now));

    [Fact]
    public void LastReleaseAt_ShippedOptions_AtLeastFifteenMinutesAfterTheStart()
    {
        var source = Shipped();

        Assert.InRange(source.LastReleaseAt - Start, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));
        Assert.Equal(DemoSeed.Embedded.Items.Count, ReleasedInAll(source, source.LastReleaseAt));
        Assert.True(ReleasedInAll(source, source.LastReleaseAt.AddTicks(-1)) < DemoSeed.Embedded.Items.Count);
    }

    [Fact]
    public void ReleasedCount_ShippedOptions_GrowsAtEveryStepForFifteenMinutes()
    {
        var source = Shipped();
        var step = TimeSpan.FromSeconds(RepositoryRoot.BindShippedOptions().Demo.StepSeconds);

        for (var at = Start + step; at <= Start.AddMinutes(15); at += step)
            Assert.True(ReleasedInAll(source, at) > ReleasedInAll(source, at - step), $"nothing new at {at - Start}");
    }

    [Fact]
    public void ReleasedCount_ShippedOptionsAtStart_ABatchOfBothFeedsButNotAll()
    {
        var source = Shipped();

        Assert.All(DemoFeedSource.FeedIds, feedId => Assert.True(source.ReleasedCount(feedId, Start) >= 2, feedId));
        Assert.InRange(ReleasedInAll(source, Start), 4, DemoSeed.Embedded.Items.Count / 2);
    }

    /// <summary>Right after the start, and when the last item is out: no preset range of the default demo is empty.</summary>
    [Theory]
    [InlineData("1h")]
    [InlineData("6h")]
    [InlineData("24h")]
    [InlineData("7d")]
    [InlineData("30d")]
    public void Released_ShippedOptions_EveryPresetRangeHasArticlesFromStartToEnd(string preset)
    {
        var source = Shipped();

        foreach (var now in new[] { Start.AddSeconds(1), Start.AddMinutes(8), source.LastReleaseAt })
        {
            var (from, to) = TimeRange.Preset(preset).Resolve(now.UtcDateTime);
            var inRange = DemoFeedSource.FeedIds.SelectMany(feedId => source.Released(feedId, now))
                .Count(item => item.Published.UtcDateTime >= from && item.Published.UtcDateTime < to);
            Assert.True(inRange > 0, $"{preset} is empty at start + {now - Start}");
        }
    }

    [Fact]
    public void LastReleaseAt_FirstBatchHoldsEverything_IsTheStart()
    {
        var source = new DemoFeedSource(new DemoOptions { InitialItems = 50, ItemsPerStep = 1, StepSeconds = 60 }, Start, new ManualClock(Start));

        Assert.Equal(Start, source.LastReleaseAt);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    public void Constructor_ZeroCountOrStep_Throws(int initialItems, int itemsPerStep, int stepSeconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DemoSchedule(new DemoOptions { InitialItems = initialItems, ItemsPerStep = itemsPerStep, StepSeconds = stepSeconds }, Start));
}
