using System.Globalization;
using System.Xml.Linq;
using Dashboard.Configuration;
using Dashboard.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Demo;

/// <summary>Where the demo puts the seed in time: by default ending at its start, or at the seed's own 2025 dates.</summary>
public sealed class DemoTimelineTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 14, 27, 31, TimeSpan.Zero);
    private static readonly Uri Site = new("http://127.0.0.1:5000/");

    private static DemoFeedSource Source(bool originalDates, DateTimeOffset? start = null) =>
        new(new DemoOptions { OriginalDates = originalDates }, start ?? Start, new ManualClock(start ?? Start));

    /// <summary>Every served item with the seed item it comes from (matched by link, which is unique).</summary>
    private static List<(DemoItem Seed, DemoItem Served)> Pairs(DemoFeedSource source)
    {
        var seed = DemoSeed.Embedded.Items.ToDictionary(item => item.Link);
        return DemoFeedSource.FeedIds.SelectMany(source.Items).Select(served => (seed[served.Link], served)).ToList();
    }

    [Fact]
    public void AddDemoFeeds_DefaultOptionsOnAManualClock_NewestItemIsDatedAtTheStart()
    {
        var clock = new ManualClock(Start);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddDemoFeeds();
        using var provider = services.BuildServiceProvider();

        var source = provider.GetRequiredService<DemoFeedSource>();
        clock.Now = Start.AddHours(3); // later reads of the clock move nothing

        Assert.Equal(Start, source.Start);
        Assert.Equal(Start, DemoFeedSource.FeedIds.SelectMany(source.Items).Max(item => item.Published));
    }

    [Fact]
    public void Items_RelativeDates_KeepSeedOrderAndSpacing()
    {
        var pairs = Pairs(Source(originalDates: false));

        Assert.Equal(DemoSeed.Embedded.Items.Count, pairs.Count);
        var shift = pairs[0].Served.Published - pairs[0].Seed.Published;
        Assert.All(pairs, pair => Assert.Equal(shift, pair.Served.Published - pair.Seed.Published));
        Assert.Equal(Start, pairs.Max(pair => pair.Served.Published));
        Assert.Equal(pairs.OrderBy(p => p.Seed.Published).ThenBy(p => p.Seed.Link).Select(p => p.Seed.Link),
            pairs.OrderBy(p => p.Served.Published).ThenBy(p => p.Seed.Link).Select(p => p.Seed.Link));
    }

    [Fact]
    public void Items_RelativeDates_SpanTheLastDayAndAFewHours()
    {
        var dates = Pairs(Source(originalDates: false)).Select(pair => pair.Served.Published).ToList();

        Assert.All(dates, date => Assert.InRange(date, Start.AddHours(-28), Start));
        Assert.Contains(dates, date => date > Start.AddHours(-1));
    }

    [Fact]
    public void Items_OriginalDates_KeepTheSeedDates()
    {
        var source = Source(originalDates: true);

        Assert.Equal(TimeSpan.Zero, source.DateOffset);
        Assert.All(Pairs(source), pair => Assert.Equal(pair.Seed.Published, pair.Served.Published));
    }

    [Fact]
    public void Items_StartWithAFractionOfASecond_NewestIsTheStartCutToTheSecond()
    {
        var source = Source(originalDates: false, Start.AddMilliseconds(640));

        Assert.Equal(Start, DemoFeedSource.FeedIds.SelectMany(source.Items).Max(item => item.Published));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BuildFeed_EveryItemOut_PubDatesAreTheServedDates(bool originalDates)
    {
        var source = Source(originalDates);

        foreach (var feedId in DemoFeedSource.FeedIds)
        {
            var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(source.BuildFeed(feedId, source.LastReleaseAt, Site)));
            var pubDates = xml.Descendants("item")
                .Select(item => DateTimeOffset.ParseExact(item.Element("pubDate")!.Value, "R", CultureInfo.InvariantCulture));

            Assert.Equal(source.Items(feedId).Select(item => item.Published).OrderDescending(), pubDates);
        }
    }
}
