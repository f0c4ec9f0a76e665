using Dashboard.Feeds.Normalizing;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Normalizing;

public sealed class ArticleNormalizerTests
{
    private static readonly ParsedFeed GoogleFeed = new()
    {
        Format = FeedFormat.Rss20,
        Title = "\"US China\" - Google News",
        Link = "https://news.google.com/search?q=US+China&hl=en-US&gl=US&ceid=US:en",
        Language = "en-US",
    };

    private static readonly ParsedFeed OutletFeed = new()
    {
        Format = FeedFormat.Rss20,
        Title = "China Daily",
        Link = "https://www.chinadaily.com.cn/",
        Language = "en",
    };

    private const string GoogleLink = "https://news.google.com/rss/articles/CBMifkFVX3lxTE1UYWd0WDVVdVJfZlo4aUZjSGNBNXdia244bm52QkI0a1RtUTdqTVZkRVMzTzgxZ1pmdlIxeFdZLW5zRUhBeGtLUWx2SzdrX0JhQkY4TjFMRE42R2FqTlhpZkxTV0kwRE84S1Z3c3lUaExoT1YyaUdrMFZ3STF4dw?oc=5";

    [Fact]
    public void Normalize_GoogleTitleWithMatchingSource_SplitsHeadlineAndOutlet()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry
        {
            Title = "Xi says China, U.S. should keep up momentum - 新华网",
            Link = GoogleLink,
            Source = new EntrySource("新华网", "https://www.xinhuanet.com"),
        }, GoogleFeed)!;
        Assert.Equal("Xi says China, U.S. should keep up momentum", article.Title);
        Assert.Equal("新华网", article.Outlet);
        Assert.Equal("xinhuanet.com", article.OutletDomain);
        Assert.StartsWith("gn:CBMifkFVX3lx", article.DedupeKey);
        Assert.DoesNotContain("?", article.DedupeKey);
    }

    [Fact]
    public void Normalize_SuffixDiffersFromSource_KeepsWholeTitle()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry
        {
            Title = "Markets - live updates",
            Link = "https://www.bloomberg.com/news/1",
            Source = new EntrySource("Bloomberg.com", "https://www.bloomberg.com"),
        }, GoogleFeed)!;
        Assert.Equal("Markets - live updates", article.Title);
        Assert.Equal("Bloomberg.com", article.Outlet);
    }

    [Fact]
    public void Normalize_GoogleFeedWithoutSource_SplitsOnLastSeparator()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "US - China talks resume - Reuters", Link = GoogleLink }, GoogleFeed)!;
        Assert.Equal("US - China talks resume", article.Title);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Null(article.OutletDomain); // news.google.com says nothing about the outlet
    }

    [Fact]
    public void Normalize_OutletOwnFeed_KeepsDashTitleAndUsesFeedTitleAndLinkDomain()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry
        {
            Title = "Ne Zha - the sequel",
            Link = "https://WWW.ChinaDaily.com.cn/a/202511/24/WS1.html?utm_source=rss#top",
            Id = null,
        }, OutletFeed)!;
        Assert.Equal("Ne Zha - the sequel", article.Title);
        Assert.Equal("China Daily", article.Outlet);
        Assert.Equal("chinadaily.com.cn", article.OutletDomain);
        Assert.Equal("https://www.chinadaily.com.cn/a/202511/24/WS1.html", article.CanonicalLink);
        Assert.Equal("url:https://www.chinadaily.com.cn/a/202511/24/WS1.html", article.DedupeKey);
    }

    [Fact]
    public void Normalize_GuidPresent_DedupeKeyIsGuid()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Link = "https://example.com/a", Id = "urn:uuid:42" }, OutletFeed)!;
        Assert.Equal("guid:urn:uuid:42", article.DedupeKey);
        Assert.Equal("urn:uuid:42", article.Guid);
    }

    [Fact]
    public void Normalize_SameShortGuidFromTwoOutlets_DifferentKeys()
    {
        var a = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Link = "https://a.example/1", Id = "123" }, new ParsedFeed { Format = FeedFormat.Rss20, Title = "Outlet A" })!;
        var b = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Link = "https://b.example/1", Id = "123" }, new ParsedFeed { Format = FeedFormat.Rss20, Title = "Outlet B" })!;
        Assert.Equal(("guid:outlet a|123", "guid:outlet b|123"), (a.DedupeKey, b.DedupeKey));
    }

    [Fact]
    public void Normalize_NoGuidNoLink_DedupeKeyIsOutletAndNormalisedTitle()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "Xi’s call — LIVE:  Taiwan, trade!" }, OutletFeed)!;
        Assert.Equal("title:china daily|xis call live taiwan trade", article.DedupeKey);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    public void Normalize_NonHttpLink_LinkIsNull(string link)
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Link = link }, OutletFeed)!;
        Assert.Null(article.Link);
        Assert.Null(article.CanonicalLink);
        Assert.StartsWith("title:", article.DedupeKey);
    }

    [Fact]
    public void Normalize_NeitherTitleNorLink_ReturnsNull()
    {
        Assert.Null(ArticleNormalizer.Normalize(new ParsedEntry { Summary = "orphan text", Link = "javascript:void(0)" }, OutletFeed));
    }

    [Fact]
    public void Normalize_LongSummary_SnippetCutAt300WithEllipsis()
    {
        var summary = string.Join(' ', Enumerable.Repeat("tariffs", 100));
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Summary = summary }, OutletFeed)!;
        Assert.True(article.Snippet!.Length <= ArticleNormalizer.SnippetLength);
        Assert.EndsWith("tariffs…", article.Snippet);
    }

    [Fact]
    public void Normalize_GoogleSummaryRepeatingHeadline_NoSnippet()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry
        {
            Title = "Xi talks with Trump over phone - China Daily",
            Summary = "Xi talks with Trump over phone China Daily",
            Link = GoogleLink,
            Source = new EntrySource("China Daily", "https://www.chinadaily.com.cn"),
        }, GoogleFeed)!;
        Assert.Null(article.Snippet);
    }

    [Fact]
    public void Normalize_ContentWithoutSummary_SnippetFromContent()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Content = "Body text" }, OutletFeed)!;
        Assert.Equal("Body text", article.Snippet);
    }

    [Fact]
    public void Normalize_LanguageAndDates_FallBackToFeedAndUpdated()
    {
        var updated = new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero);
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Updated = updated }, OutletFeed)!;
        Assert.Equal("en", article.Language);
        Assert.Equal(updated, article.Published);
        var own = ArticleNormalizer.Normalize(new ParsedEntry { Title = "t", Language = "zh-CN" }, OutletFeed)!;
        Assert.Equal("zh-CN", own.Language);
        Assert.Null(own.Published);
    }

    [Fact]
    public void Normalize_LinkOnly_TitleFallsBackToLink()
    {
        var article = ArticleNormalizer.Normalize(new ParsedEntry { Link = "https://example.com/a" }, OutletFeed)!;
        Assert.Equal("https://example.com/a", article.Title);
    }
}
