using Dashboard.Components.Shared;
using Dashboard.Components.Views;
using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

public sealed class ComponentTests
{
    private static ArticleSummary Article(string title = "Xi talks with Trump over phone", string? link = "https://www.news.cn/a.html", string perspective = "china") =>
        new(7, title, "新华网", "xinhua", perspective, "source registry: news.cn", link, "Snippet text", ComponentRenderer.Now.AddMinutes(-5),
            ComponentRenderer.Now, ComponentRenderer.Now.AddMinutes(-5), "gn", "en", ["us-china"]);

    [Fact]
    public async Task PerspectiveBadge_Always_SpellsNameAndCarriesRule()
    {
        var doc = await ComponentRenderer.RenderAsync<PerspectiveBadge>(new()
        {
            ["Perspective"] = new PerspectiveOptions { Id = "china", Name = "China", Color = "#D55E00" },
            ["Rule"] = "source registry: news.cn",
        });
        var badge = doc.QuerySelector(".badge")!;
        Assert.Equal("China", badge.TextContent.Trim()); // colour is never the only carrier
        Assert.Equal("China — source registry: news.cn", badge.GetAttribute("title"));
        Assert.Contains("--badge-color: #D55E00", badge.GetAttribute("style"));
    }

    [Fact]
    public async Task ArticleCard_HttpLink_OpensInNewTabWithoutOpener()
    {
        var doc = await ComponentRenderer.RenderAsync<ArticleCard>(new() { ["Article"] = Article(), ["Now"] = ComponentRenderer.Now });
        var link = doc.QuerySelector(".headline a")!;
        Assert.Equal("https://www.news.cn/a.html", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("新华网", doc.QuerySelector(".outlet")!.TextContent);
        Assert.Equal("5 min ago", doc.QuerySelector("time")!.TextContent);
        Assert.Contains("China — source registry: news.cn", doc.QuerySelector(".rule")!.TextContent);
        Assert.Equal("us-china", doc.QuerySelector(".topic")!.TextContent);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData(null)]
    public async Task ArticleCard_UnsafeOrMissingLink_RendersTitleAsText(string? link)
    {
        var doc = await ComponentRenderer.RenderAsync<ArticleCard>(new() { ["Article"] = Article(link: link), ["Now"] = ComponentRenderer.Now });
        Assert.Null(doc.QuerySelector(".headline a"));
        Assert.Equal("Xi talks with Trump over phone", doc.QuerySelector(".headline")!.TextContent.Trim());
    }

    [Fact]
    public async Task ArticleCard_PlacedInStory_LinksToStoryPage()
    {
        var placed = await ComponentRenderer.RenderAsync<ArticleCard>(new() { ["Article"] = Article() with { StoryId = 42 }, ["Now"] = ComponentRenderer.Now });
        var unplaced = await ComponentRenderer.RenderAsync<ArticleCard>(new() { ["Article"] = Article(), ["Now"] = ComponentRenderer.Now });
        Assert.Equal("/stories/42", placed.QuerySelector("a.story-link")!.GetAttribute("href"));
        Assert.Null(unplaced.QuerySelector("a.story-link"));
    }

    [Fact]
    public async Task ArticleCard_HostileTitle_IsTextNotMarkup()
    {
        var doc = await ComponentRenderer.RenderAsync<ArticleCard>(new()
        {
            ["Article"] = Article(title: "<img src=x onerror=alert(1)><script>alert(2)</script>"), ["Now"] = ComponentRenderer.Now,
        });
        Assert.Empty(doc.QuerySelectorAll(".card img, .card script"));
        Assert.Contains("<script>alert(2)</script>", doc.QuerySelector(".headline")!.TextContent);
    }

    [Fact]
    public async Task KpiStrip_Counts_ShowTotalsSharesAndFeedState()
    {
        var kpis = new Kpis(20, [new PerspectiveCount("us", 15), new PerspectiveCount("china", 5)], 14, ComponentRenderer.Now.AddMinutes(-3));
        var doc = await ComponentRenderer.RenderAsync<KpiStrip>(new()
        {
            ["Kpis"] = kpis, ["Health"] = new IngestionHealth(22, 2, 0, ComponentRenderer.Now, Stale: false),
        });
        Assert.Equal("20", doc.QuerySelector("[data-kpi=articles]")!.TextContent);
        Assert.Contains("75", doc.QuerySelector("[data-kpi=perspective-us]")!.TextContent);
        Assert.Contains("United States", doc.QuerySelector("[data-kpi=perspective-us]")!.TextContent);
        Assert.Equal("14", doc.QuerySelector("[data-kpi=outlets]")!.TextContent);
        Assert.Equal("3 min ago", doc.QuerySelector("[data-kpi=newest]")!.TextContent);
        var feeds = doc.QuerySelector("[data-kpi=feeds]")!;
        Assert.Equal("/feeds", feeds.GetAttribute("href"));
        Assert.Contains("22 OK · 2 failing", feeds.TextContent);
        Assert.Contains("kpi-warning", feeds.ClassName);
    }

    [Fact]
    public async Task ArticleCards_NoArticles_ShowsEmptyStateWithFeedLink()
    {
        var doc = await ComponentRenderer.RenderAsync<ArticleCards>(new() { ["Page"] = new ArticlePage([], null), ["Now"] = ComponentRenderer.Now });
        var empty = doc.QuerySelector(".empty")!;
        Assert.Contains("No articles match this view", empty.TextContent);
        Assert.Equal("/feeds", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(doc.QuerySelector(".load-more"));
    }

    [Fact]
    public async Task ArticleCards_MorePagesAndPending_ShowLoadMoreAndPill()
    {
        var doc = await ComponentRenderer.RenderAsync<ArticleCards>(new()
        {
            ["Page"] = new ArticlePage([Article()], new ArticleCursor(ComponentRenderer.Now, 7)), ["Now"] = ComponentRenderer.Now,
            ["PendingCount"] = 3, ["Fresh"] = new HashSet<long> { 7 },
        });
        Assert.NotNull(doc.QuerySelector(".load-more"));
        Assert.Equal("3 new articles", doc.QuerySelector(".new-pill")!.TextContent.Trim());
        Assert.Contains("card-fresh", doc.QuerySelector(".card")!.ClassName);
    }

    [Fact]
    public async Task StaleWarning_StaleTopic_SaysSinceWhen()
    {
        var doc = await ComponentRenderer.RenderAsync<StaleWarning>(new()
        {
            ["Health"] = new IngestionHealth(0, 3, 0, ComponentRenderer.Now.AddHours(-2), Stale: true),
        });
        Assert.Contains("since 2 h ago", doc.QuerySelector(".stale-warning")!.TextContent);
    }

    [Fact]
    public async Task StaleWarning_FreshTopic_RendersNothing()
    {
        var doc = await ComponentRenderer.RenderAsync<StaleWarning>(new()
        {
            ["Health"] = new IngestionHealth(3, 0, 0, ComponentRenderer.Now, Stale: false),
        });
        Assert.Null(doc.QuerySelector(".stale-warning"));
    }
}
