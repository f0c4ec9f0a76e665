using Dashboard.Digest;
using static Dashboard.Tests.Digest.DigestTestData;

namespace Dashboard.Tests.Digest;

public sealed class DigestHighlightsTests
{
    // Story 1: three US articles. Story 2: one US, one Chinese. Stories 3 and 4: one Chinese each, 3 earlier than 4.
    private static readonly DigestArticle[] FourStories =
    [
        Article(1, "Tariffs rise on chips", "us", "2025-11-25T01:00:00Z", story: 1),
        Article(2, "Chip tariffs rise again", "us", "2025-11-25T01:10:00Z", story: 1),
        Article(3, "Tariffs on chips rise", "us", "2025-11-25T01:20:00Z", story: 1),
        Article(4, "Xi and Trump talk by phone", "us", "2025-11-25T02:00:00Z", story: 2),
        Article(5, "Xi holds phone talks with Trump", "china", "2025-11-25T02:30:00Z", story: 2),
        Article(6, "Panda arrives in Beijing zoo", "china", "2025-11-25T00:10:00Z", story: 3),
        Article(7, "Beijing hosts trade fair", "china", "2025-11-25T00:20:00Z", story: 4),
    ];

    [Fact]
    public void Build_FourStories_RanksOverallByPerspectivesThenArticlesThenEarliestWithoutPadding()
    {
        var d = Build(FourStories);

        // Story 2 (both sides) > story 1 (3 articles) > story 3 (earlier) > story 4; four stories give four bullets.
        Assert.Equal(4, d.OverallHighlights.Count);
        Assert.Equal("Tariffs rise on chips", d.OverallHighlights[1]);
        Assert.Equal(["Panda arrives in Beijing zoo", "Beijing hosts trade fair"], d.OverallHighlights.Skip(2));
    }

    [Fact]
    public void Build_FourStories_RanksEachPerspectiveByItsOwnArticlesAndUsesItsOwnHeadlines()
    {
        var d = Build(FourStories);

        Assert.Equal(["Tariffs rise on chips", "Xi and Trump talk by phone"], d.Sections[0].Highlights);
        Assert.Equal(["Xi holds phone talks with Trump", "Panda arrives in Beijing zoo", "Beijing hosts trade fair"], d.Sections[1].Highlights);
    }

    [Fact]
    public void Build_StoryWithEqualOverlap_TakesEarliestHeadline()
    {
        // Story 2's two headlines overlap only with each other, so both have the same mean: the earlier (article 4) wins.
        Assert.Equal("Xi and Trump talk by phone", Build(FourStories).OverallHighlights[0]);
    }

    [Fact]
    public void Medoid_ThreeHeadlines_PicksTheOneClosestToTheOthersNotTheEarliest()
    {
        // Terms: a {xi, trump, call, taiwan}, b {xi, trump, call, taiwan, trade}, c {trump, trade, tariff}.
        // Mean Jaccard: a (4/5 + 1/6) / 2 ≈ 0.48, b (4/5 + 2/6) / 2 ≈ 0.57, c (1/6 + 2/6) / 2 = 0.25.
        var a = Article(1, "Xi, Trump call on Taiwan", "us", "2025-11-25T01:00:00Z", story: 9);
        var b = Article(2, "Xi, Trump call on Taiwan and trade", "us", "2025-11-25T02:00:00Z", story: 9);
        var c = Article(3, "Trump trade tariffs", "us", "2025-11-25T00:00:00Z", story: 9);

        Assert.Same(b, DigestHighlights.Medoid([c, a, b]));
    }

    [Fact]
    public void Medoid_SameScoreAndTime_TakesLowestId()
    {
        var first = Article(8, "Same words here", "us", "2025-11-25T01:00:00Z");
        var second = Article(5, "Same words here", "us", "2025-11-25T01:00:00Z");

        Assert.Same(second, DigestHighlights.Medoid([first, second]));
    }

    [Fact]
    public void Build_UnclassifiedInStory_DoesNotCountAsASecondPerspective()
    {
        var d = Build(
        [
            Article(1, "Story with an unknown outlet", "us", "2025-11-25T00:00:00Z", story: 1),
            Article(2, "Story with an unknown outlet too", "unclassified", "2025-11-25T00:01:00Z", story: 1),
            Article(3, "Story both sides cover", "us", "2025-11-25T05:00:00Z", story: 2),
            Article(4, "Story both sides cover", "china", "2025-11-25T05:00:00Z", story: 2),
        ]);

        Assert.Equal(["Story both sides cover", "Story with an unknown outlet"], d.OverallHighlights);
    }

    [Fact]
    public void Build_TwoStoriesWithSameHeadline_SkipsTheRepeatAndTakesTheNextStory()
    {
        var d = Build(
        [
            Article(1, "Markets fall", "us", "2025-11-25T00:00:00Z", story: 1),
            Article(2, "MARKETS FALL", "us", "2025-11-25T00:10:00Z", story: 2),
            Article(3, "Talks resume", "us", "2025-11-25T00:20:00Z", story: 3),
        ], highlights: 2);

        Assert.Equal(["Markets fall", "Talks resume"], d.OverallHighlights);
        Assert.Equal(["Markets fall", "Talks resume"], d.Sections[0].Highlights);
    }

    [Fact]
    public void Build_SevenStories_StopsAtTheHighlightCount()
    {
        var articles = Enumerable.Range(1, 7).Select(i => Article(i, $"Headline {i}", "us", $"2025-11-25T0{i}:00:00Z")).ToList();

        var d = Build(articles);

        Assert.Equal(["Headline 1", "Headline 2", "Headline 3", "Headline 4", "Headline 5"], d.OverallHighlights);
        Assert.Equal(5, d.Sections[0].Highlights.Count);
    }
}
