using Bunit;
using Dashboard.Components.Views;
using Dashboard.Live;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

/// <summary>An article card and the card list: feed content as text, safe links, empty state, paging and fresh cards.</summary>
public sealed class ArticleCardTests : IAsyncLifetime
{
    private static readonly DateTime Now = ComponentContext.Now;
    private readonly ComponentContext _ui = new();

    private static ArticleSummary Article(string title = "Xi talks with Trump over phone", string? link = "https://www.news.cn/a.html", string perspective = "china") =>
        new(7, title, "新华网", "xinhua", perspective, "source registry: news.cn", link, "Snippet text", Now.AddMinutes(-5),
            Now, Now.AddMinutes(-5), "gn", "en", ["us-china"]);

    private IRenderedComponent<ArticleCard> Card(ArticleSummary article) =>
        _ui.Render<ArticleCard>(p => p.Add(c => c.Article, article).Add(c => c.Now, Now));

    [Fact]
    public void ArticleCard_HttpLink_OpensInNewTabWithoutOpener()
    {
        var card = Card(Article());

        var link = card.Find(".headline a");
        Assert.Equal("https://www.news.cn/a.html", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("新华网", card.Find(".outlet").Text());
        Assert.Equal("5 min ago", card.Find("time").Text());
        Assert.Equal("China", card.Find(".badge").Text());
        Assert.Contains("China — source registry: news.cn", card.Find(".rule").TextContent);
        Assert.Equal("us-china", card.Find(".topic").Text());
        Assert.Equal("7", card.Find("[data-article-id]").GetAttribute("data-article-id"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData(null)]
    public void ArticleCard_UnsafeOrMissingLink_RendersTitleAsText(string? link)
    {
        var card = Card(Article(link: link));

        Assert.Empty(card.FindAll(".headline a"));
        Assert.Equal("Xi talks with Trump over phone", card.Find(".headline").Text());
    }

    [Fact]
    public void ArticleCard_PlacedInStory_LinksToStoryPage()
    {
        Assert.Equal("/stories/42", Card(Article() with { StoryId = 42 }).Find("a.story-link").GetAttribute("href"));
        Assert.Empty(Card(Article()).FindAll("a.story-link"));
    }

    [Fact]
    public void ArticleCard_HostileTitle_IsTextNotMarkup()
    {
        var card = Card(Article(title: "<img src=x onerror=alert(1)><script>alert(2)</script>"));

        Assert.Empty(card.FindAll("img, script"));
        Assert.Contains("<script>alert(2)</script>", card.Find(".headline").TextContent);
    }

    [Fact]
    public void ArticleCards_NoArticles_ShowsEmptyStateWithFeedLink()
    {
        var cards = _ui.Render<ArticleCards>(p => p.Add(c => c.Page, new ArticlePage([], null)).Add(c => c.Now, Now));

        var empty = cards.Find(".empty");
        Assert.Contains("No articles match this view", empty.TextContent);
        Assert.Equal("/feeds", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(cards.FindAll(".load-more"));
        Assert.Empty(cards.FindAll(".new-pill"));
    }

    [Fact]
    public void ArticleCards_MorePagesAndPending_ShowLoadMoreAndPillAndMarkFresh()
    {
        var (loadMore, showPending) = (0, 0);
        var cards = _ui.Render<ArticleCards>(p => p
            .Add(c => c.Page, new ArticlePage([Article(), Article() with { Id = 8 }], new ArticleCursor(Now, 7))).Add(c => c.Now, Now)
            .Add(c => c.PendingCount, 3).Add(c => c.Fresh, new HashSet<long> { 7 })
            .Add(c => c.OnLoadMore, () => loadMore++).Add(c => c.OnShowPending, () => showPending++));

        Assert.Equal("3 new articles", cards.Find(".new-pill").Text());
        Assert.Equal(["7"], cards.FindAll(".card-fresh").Select(c => c.GetAttribute("data-article-id")));
        Assert.Equal(2, cards.FindAll(".card").Count);
        cards.Find(".load-more").Click();
        cards.Find(".new-pill").Click();
        Assert.Equal((1, 1), (loadMore, showPending));
    }

    [Fact]
    public void ArticleCards_OnePending_SingularPill() =>
        Assert.Equal("1 new article", _ui.Render<ArticleCards>(p => p
            .Add(c => c.Page, new ArticlePage([Article()], null)).Add(c => c.Now, Now).Add(c => c.PendingCount, 1)).Find(".new-pill").Text());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}
