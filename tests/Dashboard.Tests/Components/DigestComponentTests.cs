using Dashboard.Components.Views;
using Dashboard.Digest;

namespace Dashboard.Tests.Components;

/// <summary>The digest page's pieces, rendered from a hand-made document shaped like seed 002.</summary>
public sealed class DigestComponentTests
{
    private static readonly DateOnly Day = new(2025, 11, 25);

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

    private static Task<AngleSharp.Dom.IDocument> RenderViewAsync(DigestDocument document, bool stored) =>
        ComponentRenderer.RenderAsync<DigestView>(new() { ["Document"] = document, ["Stored"] = stored });

    [Fact]
    public async Task DigestView_SeedLikeDocument_RendersTitleCountsAndSeedHeadings()
    {
        var doc = await RenderViewAsync(SeedLike(), stored: true);

        Assert.Equal("US vs China News - 2025-11-25", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("3 articles", doc.QuerySelector(".digest-total")!.TextContent.Trim());
        // Counts carry the perspective's name, not only its colour.
        Assert.Equal("United States 1", Squash(doc.QuerySelector(".digest-count[data-perspective=us]")!.TextContent));
        Assert.Equal("China 2", Squash(doc.QuerySelector(".digest-count[data-perspective=china]")!.TextContent));
        Assert.Equal(
            ["Overall Highlights", "United States Perspective (United States Sources)", "China Perspective (China Sources)", "Sources"],
            doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(2, doc.QuerySelectorAll(".digest-section[data-perspective=china] li").Length);
    }

    [Fact]
    public async Task DigestView_SeedLikeDocument_ListsNumberedSourcesLikeTheSeed()
    {
        var doc = await RenderViewAsync(SeedLike(), stored: true);

        Assert.Contains("based on 3 articles", doc.QuerySelector(".digest-sources p")!.TextContent);
        var items = doc.QuerySelectorAll(".digest-sources ol li");
        Assert.Equal(["1", "2", "3"], items.Select(li => li.GetAttribute("value")));
        Assert.StartsWith("[en-US] Xi talks with Trump over phone - 新华网 (11/24/2025)", Squash(items[1].TextContent));
        var link = items[0].QuerySelector("a")!;
        Assert.Equal("https://news.google.com/rss/articles/CBMiA1?oc=5", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(null)]
    public async Task DigestView_UnsafeOrMissingSourceLink_RendersTitleAsText(string? link)
    {
        var doc = await RenderViewAsync(SeedLike(firstLink: link), stored: true);

        var first = doc.QuerySelectorAll(".digest-sources ol li")[0];
        Assert.Null(first.QuerySelector("a"));
        Assert.Contains("BREAKING NEWS", first.QuerySelector(".title")!.TextContent);
    }

    [Fact]
    public async Task DigestView_NotStored_ShowsPartialBannerWithGenerationTime()
    {
        var doc = await RenderViewAsync(SeedLike() with { Partial = true }, stored: false);

        var banner = doc.QuerySelector(".digest-partial")!;
        Assert.Contains("Partial — the day is still in progress (generated at 2025-11-25 04:00 UTC)", banner.TextContent);
    }

    [Fact]
    public async Task DigestView_Stored_HasNoPartialBanner()
    {
        var doc = await RenderViewAsync(SeedLike(), stored: true);

        Assert.Null(doc.QuerySelector(".digest-partial"));
    }

    [Fact]
    public async Task DigestView_EmptyDay_SaysNoHighlightsAndListsNoSources()
    {
        var empty = new DigestDocument("us-china", "US vs China", Day, ComponentRenderer.Now, false, 0, [], [], [], [], []);

        var doc = await RenderViewAsync(empty, stored: true);

        Assert.Equal("0 articles", doc.QuerySelector(".digest-total")!.TextContent.Trim());
        Assert.Contains("No highlights", doc.QuerySelector(".digest-section")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll(".digest-sources ol li"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
