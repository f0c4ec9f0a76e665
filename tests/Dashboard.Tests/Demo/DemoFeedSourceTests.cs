using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Dashboard.Configuration;
using Dashboard.Demo;

namespace Dashboard.Tests.Demo;

public sealed class DemoFeedSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Site = new("http://127.0.0.1:5000/");

    private static DemoFeedSource Source(int itemsPerStep = 2, int stepSeconds = 5, int? initialItems = null) =>
        new(new DemoOptions { InitialItems = initialItems ?? itemsPerStep, ItemsPerStep = itemsPerStep, StepSeconds = stepSeconds },
            Start, new ManualClock(Start));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(4.999, 2)]
    [InlineData(5, 4)]
    [InlineData(12, 6)]
    public void ReleasedCount_AfterSeconds_GrowsByItemsPerStep(double seconds, int expected) =>
        Assert.Equal(expected, Source().ReleasedCount("demo-us", Start.AddSeconds(seconds)));

    [Theory]
    [InlineData(0, 4)]
    [InlineData(119, 4)]
    [InlineData(120, 5)]
    [InlineData(360, 7)]
    public void ReleasedCount_InitialBatch_ThenItemsPerStep(double seconds, int expected) =>
        Assert.Equal(expected, Source(itemsPerStep: 1, stepSeconds: 120, initialItems: 4).ReleasedCount("demo-us", Start.AddSeconds(seconds)));

    [Fact]
    public void ReleasedCount_BeforeStart_IsZero() =>
        Assert.Equal(0, Source().ReleasedCount("demo-us", Start.AddSeconds(-1)));

    [Theory]
    [InlineData("demo-us")]
    [InlineData("demo-china")]
    public void ReleasedCount_LongAfterStart_CapsAtTotal(string feedId)
    {
        var source = Source(itemsPerStep: 3);
        var total = DemoSeed.Embedded.Items.Count(item => item.FeedId == feedId);

        Assert.Equal(total, source.ReleasedCount(feedId, Start.AddHours(1)));
        Assert.Equal(total, source.Items(feedId).Count);
    }

    [Fact]
    public void ReleasedCount_UnknownFeed_IsZero() =>
        Assert.Equal(0, Source().ReleasedCount("nope", Start.AddHours(1)));

    [Theory]
    [InlineData("demo-us")]
    [InlineData("demo-china")]
    public void Released_FirstStep_IsTheNewestThenTheOldest(string feedId)
    {
        var oldestFirst = Source().Items(feedId).OrderBy(item => item.Published).ToList();

        var first = Source().Released(feedId, Start);

        Assert.Equal([oldestFirst[^1], oldestFirst[0]], first);
    }

    [Fact]
    public void Released_SecondStep_AddsItemsBelowTheNewestAboveTheRest()
    {
        var source = Source();
        var first = source.Released("demo-china", Start);
        var second = source.Released("demo-china", Start.AddSeconds(5));

        Assert.Equal(first[0], second[0]);
        Assert.Equal(first[1], second[^1]);
        Assert.All(second.Skip(1).SkipLast(1), added => Assert.InRange(added.Published, first[1].Published, first[0].Published));
        Assert.Equal(second.OrderByDescending(item => item.Published), second);
    }

    [Fact]
    public void BuildFeed_ThreeSteps_ListsReleasedItemsInGoogleNewsShape()
    {
        var source = Source();
        var now = Start.AddSeconds(10);
        var expected = source.Released("demo-us", now);

        var channel = XDocument.Parse(System.Text.Encoding.UTF8.GetString(source.BuildFeed("demo-us", now, Site)))
            .Element("rss")!.Element("channel")!;

        var feed = DemoSeed.Embedded.Feeds.Single(f => f.Id == "demo-us");
        Assert.Equal($"{feed.Query} - Google News", channel.Element("title")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(6, items.Count);
        Assert.Contains(expected, item => item.Outlet is null); // the first steps hold seed articles, whose outlet is unknown
        for (var i = 0; i < items.Count; i++)
        {
            var want = expected[i];
            var link = GoogleNewsRss.Resolve(Site, want.Link).AbsoluteUri;
            Assert.Equal(link, items[i].Element("link")!.Value);
            Assert.Equal("false", items[i].Element("guid")!.Attribute("isPermaLink")!.Value);
            Assert.Equal(want.Published, DateTimeOffset.ParseExact(items[i].Element("pubDate")!.Value, "R", CultureInfo.InvariantCulture));
            var anchor = $"<a href=\"{WebUtility.HtmlEncode(link)}\" target=\"_blank\">{WebUtility.HtmlEncode(want.Title)}</a>";
            if (want.Outlet is null)
            {
                Assert.Equal(want.Title, items[i].Element("title")!.Value);
                Assert.Null(items[i].Element("source"));
                Assert.StartsWith(anchor + "<p>", items[i].Element("description")!.Value);
                continue;
            }
            Assert.Equal($"{want.Title} - {want.Outlet}", items[i].Element("title")!.Value);
            var source_ = items[i].Element("source")!;
            Assert.Equal(want.Outlet, source_.Value);
            Assert.Equal(GoogleNewsRss.Resolve(Site, want.OutletUrl!).AbsoluteUri, source_.Attribute("url")!.Value);
            Assert.StartsWith(
                $"{anchor}&nbsp;&nbsp;<font color=\"#6f6f6f\">{WebUtility.HtmlEncode(want.Outlet)}</font>",
                items[i].Element("description")!.Value);
        }
    }

    [Fact]
    public void BuildFeed_DemoArticle_LinksUnderSiteBaseWithPathBase()
    {
        var source = Source(itemsPerStep: 50);

        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(
            source.BuildFeed("demo-us", Start, new Uri("http://localhost:8080/dash"))));

        var article = xml.Descendants("item").Single(item => item.Element("link")!.Value.EndsWith("/demo/articles/001"));
        Assert.Equal("http://localhost:8080/dash/demo/articles/001", article.Element("link")!.Value);
        Assert.Null(article.Element("source"));
        Assert.Equal("dashboard-demo-001", article.Element("guid")!.Value);
        Assert.Contains("<p>Chinese leader Xi Jinping is pressing forward", article.Element("description")!.Value);
    }

    [Fact]
    public void BuildFeed_UnknownFeed_Throws() =>
        Assert.Throws<ArgumentException>(() => Source().BuildFeed("nope", Start, Site));

    [Fact]
    public void FeedOptionsFor_SiteBase_PointsAtDemoEndpoints()
    {
        var feeds = DemoFeedSource.FeedOptionsFor(new Uri("http://127.0.0.1:5000"), TimeSpan.FromSeconds(5));

        Assert.Equal(DemoFeedSource.FeedIds, feeds.Select(feed => feed.Id));
        Assert.Equal(["demo-us", "demo-china"], DemoFeedSource.FeedIds);
        Assert.Equal("http://127.0.0.1:5000/demo/feeds/demo-us.xml", feeds[0].Url);
        Assert.Equal(["us", "china"], feeds.Select(feed => feed.Perspective));
        Assert.All(feeds, feed => Assert.Equal(["us-china"], feed.Topics));
        Assert.All(feeds, feed => Assert.Equal(5.0 / 60, feed.IntervalMinutes));
    }

    [Fact]
    public void Constructor_ZeroStep_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Source(stepSeconds: 0));
}
