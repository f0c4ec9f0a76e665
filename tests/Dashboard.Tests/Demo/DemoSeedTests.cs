using Dashboard.Demo;

namespace Dashboard.Tests.Demo;

public sealed class DemoSeedTests
{
    private static readonly DemoSeed Seed = DemoSeed.Embedded;

    [Fact]
    public void Embedded_DigestSources_SplitTenAndTenInSeedOrder()
    {
        var digestItems = Seed.Items.Where(item => item.Link.StartsWith("https://news.google.com/rss/articles/")).ToList();

        Assert.Equal(20, digestItems.Count);
        Assert.All(digestItems.Take(10), item => Assert.Equal("demo-us", item.FeedId));
        Assert.All(digestItems.Skip(10), item => Assert.Equal("demo-china", item.FeedId));
        Assert.Equal("BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy", digestItems[0].Title);
        Assert.Equal("新华网", digestItems[13].Outlet);
        Assert.Equal("https://www.news.cn", digestItems[13].OutletUrl);
    }

    [Fact]
    public void Embedded_SeedArticles_EachHasAnItemOnItsOwnPage()
    {
        Assert.Equal(["000", "001", "003"], Seed.Articles.Select(article => article.Id));
        foreach (var article in Seed.Articles)
        {
            var item = Assert.Single(Seed.Items, item => item.Link == $"/demo/articles/{article.Id}");
            Assert.Null(item.Outlet); // the seed files do not say which outlet published them
            Assert.Null(item.OutletUrl);
            Assert.Equal(article.Title, item.Title);
            // In a Google News feed without <source> the parser takes a title's last " - …" for the outlet.
            Assert.DoesNotContain(" - ", item.Title);
            Assert.Contains(item.Description, article.Paragraphs);
        }
    }

    [Fact]
    public void Embedded_EveryItem_HasUtcTimeOnADigestDay()
    {
        Assert.All(Seed.Items, item =>
        {
            Assert.Equal(TimeSpan.Zero, item.Published.Offset);
            Assert.Contains(item.Published.Date, new[] { new DateTime(2025, 11, 24), new DateTime(2025, 11, 25) });
            Assert.True(item.OutletUrl is null || item.OutletUrl.StartsWith("https://"), item.OutletUrl);
            Assert.Equal(item.Outlet is null, item.OutletUrl is null);
        });
    }
}
