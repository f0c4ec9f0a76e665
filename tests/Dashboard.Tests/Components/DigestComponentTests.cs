using Bunit;
using Dashboard.Components.Views;
using Dashboard.Digest;

namespace Dashboard.Tests.Components;

/// <summary>The digest page's pieces, rendered from a hand-made document shaped like seed 002.</summary>
public sealed class DigestComponentTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2025, 11, 25);
    private readonly ComponentContext _ui = new();

    private static DigestDocument SeedLike(string? firstLink = "https://news.google.com/rss/articles/CBMiA1?oc=5") => new(
        "us-china", "US vs China", Day, new DateTime(2025, 11, 25, 4, 0, 6, DateTimeKind.Utc), Partial: false,
        ArticleCount: 3, Sources: ["Japan Wire by KYODO NEWS", "新华网", "China Daily"],
        Perspectives: [new DigestPerspective("us", "United States", 1), new DigestPerspective("china", "China", 2)],
        OverallHighlights: ["Tensions between the US, China, and Japan are escalating."],
        Sections:
        [
            new DigestSection("us", "United States", ["Japan's Foreign Ministry official held talks with China's envoy."]),
            new DigestSection("china", "China", ["Xi talks with Trump over phone.", "China warns Japan."]),
        ],
        SourceList:
        [
            new DigestSource(1, "en-US", "BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy", firstLink, "Japan Wire by KYODO NEWS", Day, "us", 11),
            new DigestSource(2, "en-US", "Xi talks with Trump over phone", "https://news.google.com/rss/articles/CBMiA2?oc=5", "新华网", Day.AddDays(-1), "china", 12),
            new DigestSource(3, "en-US", "Xi outlines China's position on Taiwan", "https://news.google.com/rss/articles/CBMiA3?oc=5", "China Daily", Day.AddDays(-1), "china", 13),
        ]);

    private IRenderedComponent<DigestView> Render(DigestDocument document, bool stored) =>
        _ui.Render<DigestView>(p => p.Add(v => v.Document, document).Add(v => v.Stored, stored));

    [Fact]
    public void DigestView_SeedLikeDocument_RendersTitleCountsAndSeedHeadings()
    {
        var doc = Render(SeedLike(), stored: true);

        Assert.Equal("US vs China News - 2025-11-25", doc.Find("h1").TextContent.Trim());
        Assert.Equal("3 articles", doc.Find(".digest-total").TextContent.Trim());
        // Counts carry the perspective's name, not only its colour.
        Assert.Equal("United States 1", doc.Find(".digest-count[data-perspective=us]").Text());
        Assert.Equal("China 2", doc.Find(".digest-count[data-perspective=china]").Text());
        Assert.Equal(
            ["Overall Highlights", "United States Perspective (United States Sources)", "China Perspective (China Sources)", "Sources"],
            doc.FindAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(2, doc.FindAll(".digest-section[data-perspective=china] li").Count);
    }

    [Fact]
    public void DigestView_SeedLikeDocument_ListsNumberedSourcesLikeTheSeed()
    {
        var doc = Render(SeedLike(), stored: true);

        Assert.Contains("based on 3 articles", doc.Find(".digest-sources p").TextContent);
        var items = doc.FindAll(".digest-sources ol li");
        Assert.Equal(["1", "2", "3"], items.Select(li => li.GetAttribute("value")));
        Assert.StartsWith("[en-US] Xi talks with Trump over phone - 新华网 (11/24/2025)", items[1].Text());
        var link = items[0].QuerySelector("a")!;
        Assert.Equal("https://news.google.com/rss/articles/CBMiA1?oc=5", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal(["United States", "China", "China"], items.Select(li => li.QuerySelector(".badge")!.Text()));
    }

    [Fact]
    public void DigestView_ChartContent_RenderedAfterTheCountsBeforeTheHighlights()
    {
        var doc = _ui.Render<DigestView>(p => p.Add(v => v.Document, SeedLike()).Add(v => v.Stored, true)
            .Add(v => v.ChartContent, "<div class=\"day-chart\"></div>"));

        var order = doc.FindAll(".digest-counts, .day-chart, .digest-section").Select(e => e.ClassName!.Split(' ')[0]).ToList();
        Assert.Equal(["digest-counts", "day-chart", "digest-section", "digest-section", "digest-section"], order);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(null)]
    public void DigestView_UnsafeOrMissingSourceLink_RendersTitleAsText(string? link)
    {
        var doc = Render(SeedLike(firstLink: link), stored: true);

        var first = doc.FindAll(".digest-sources ol li")[0];
        Assert.Null(first.QuerySelector("a"));
        Assert.Contains("BREAKING NEWS", first.QuerySelector(".title")!.TextContent);
    }

    [Fact]
    public void DigestView_NotStored_ShowsPartialBannerWithGenerationTime()
    {
        var doc = Render(SeedLike() with { Partial = true }, stored: false);

        var banner = doc.Find(".digest-partial");
        Assert.Contains("Partial — the day is still in progress (generated at 2025-11-25 04:00 UTC)", banner.TextContent);
    }

    [Fact]
    public void DigestView_Stored_HasNoPartialBanner()
    {
        var doc = Render(SeedLike(), stored: true);

        Assert.Empty(doc.FindAll(".digest-partial"));
    }

    [Fact]
    public void DigestView_EmptyDay_SaysNoHighlightsAndListsNoSources()
    {
        var empty = new DigestDocument("us-china", "US vs China", Day, ComponentContext.Now, false, 0, [], [], [], [], []);

        var doc = Render(empty, stored: true);

        Assert.Equal("0 articles", doc.Find(".digest-total").TextContent.Trim());
        Assert.Contains("No highlights", doc.Find(".digest-section").TextContent);
        Assert.Empty(doc.FindAll(".digest-sources ol li"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}
