using Dashboard.Digest;
using static Dashboard.Tests.Digest.DigestTestData;

namespace Dashboard.Tests.Digest;

public sealed class DigestBuilderTests
{
    [Fact]
    public void Build_UnclassifiedAndSilentPerspective_CountsEverythingButSectionsOnlyPresentSides()
    {
        var d = Build(
            [
                Article(1, "US one", "us", "2025-11-25T01:00:00Z"),
                Article(2, "US two", "us", "2025-11-25T02:00:00Z"),
                Article(3, "China one", "china", "2025-11-25T03:00:00Z"),
                Article(4, "Nobody's", "unclassified", "2025-11-25T00:30:00Z"),
            ],
            [("us", "United States"), ("japan", "Japan"), ("china", "China")]);

        Assert.Equal(4, d.ArticleCount);
        Assert.Equal([new DigestPerspective("us", "United States", 2), new DigestPerspective("china", "China", 1)], d.Perspectives);
        Assert.Equal(["us", "china"], d.Sections.Select(s => s.PerspectiveId));
        Assert.Equal(["United States", "China"], d.Sections.Select(s => s.Name));
        Assert.Equal(4, d.SourceList.Count);
        Assert.Equal("unclassified", d.SourceList[^1].PerspectiveId);
        Assert.Contains("Nobody's", d.OverallHighlights);
    }

    [Fact]
    public void Build_ShuffledInput_ListsSourcesByPerspectiveThenNewestFirst()
    {
        var d = Build(
            [
                Article(10, "c-old", "china", "2025-11-24T06:00:00Z", outlet: "Xinhua"),
                Article(11, "u-old", "us", "2025-11-24T05:00:00Z", outlet: "NYT"),
                Article(12, "x", "unclassified", "2025-11-25T09:00:00Z", outlet: "Blog"),
                Article(13, "u-new", "us", "2025-11-25T03:00:00Z", outlet: "Reuters"),
                Article(14, "c-new", "china", "2025-11-25T01:00:00Z", outlet: "CGTN"),
                Article(15, "u-same-time", "us", "2025-11-25T03:00:00Z", outlet: "NYT"),
            ]);

        Assert.Equal(["u-new", "u-same-time", "u-old", "c-new", "c-old", "x"], d.SourceList.Select(s => s.Title));
        Assert.Equal([1, 2, 3, 4, 5, 6], d.SourceList.Select(s => s.Number));
        Assert.Equal(["Reuters", "NYT", "CGTN", "Xinhua", "Blog"], d.Sources);
    }

    [Fact]
    public void Build_NewYorkZone_DatesArticlesInThatZone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var d = Build([Article(1, "Late", "us", "2025-11-25T03:30:00Z"), Article(2, "Morning", "us", "2025-11-25T15:00:00Z")], zone: newYork);

        Assert.Equal(new DateOnly(2025, 11, 24), d.SourceList.Single(s => s.ArticleId == 1).Date);
        Assert.Equal(new DateOnly(2025, 11, 25), d.SourceList.Single(s => s.ArticleId == 2).Date);
    }

    [Fact]
    public void Build_UnspecifiedKindTimes_AreTakenAsUtc()
    {
        var unspecified = new DateTime(2025, 11, 25, 3, 30, 0, DateTimeKind.Unspecified);
        var article = new DigestArticle(1, "t", null, "o", "us", "en", unspecified, 1);

        var d = DigestBuilder.Build("us-china", "US vs China", new DateOnly(2025, 11, 25), unspecified, false, [article], UsChina,
            TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(new DateOnly(2025, 11, 24), d.SourceList[0].Date);
        Assert.Equal(DateTimeKind.Utc, d.GeneratedAt.Kind);
    }

    [Fact]
    public void Build_NoArticles_GivesEmptyDocument()
    {
        var d = Build([]);

        Assert.Equal(0, d.ArticleCount);
        Assert.Empty(d.Sources);
        Assert.Empty(d.Perspectives);
        Assert.Empty(d.OverallHighlights);
        Assert.Empty(d.Sections);
        Assert.Empty(d.SourceList);
    }

    [Fact]
    public void Build_SameArticleTwice_CountsItOnce()
    {
        var article = Article(1, "Once", "us", "2025-11-25T01:00:00Z");

        var d = Build([article, article]);

        Assert.Equal(1, d.ArticleCount);
        Assert.Single(d.SourceList);
    }

    [Fact]
    public void Build_MissingOutletLanguageAndTitle_UsesStatedFallbacks()
    {
        var d = Build([Article(1, " \n ", "us", "2025-11-25T01:00:00Z", outlet: null, language: null)]);

        var source = Assert.Single(d.SourceList);
        Assert.Equal(DigestBuilder.UnknownOutlet, source.Outlet);
        Assert.Equal("und", source.Language);
        Assert.Equal(DigestBuilder.Untitled, source.Title);
        // A blank headline is never a highlight: the list is shorter rather than padded.
        Assert.Empty(d.OverallHighlights);
        Assert.Empty(d.Sections.Single().Highlights);
    }

    [Fact]
    public void Build_MultiLineTitle_IsOneLineInSourceListAndHighlights()
    {
        var d = Build([Article(1, "Line one\r\nline\ttwo  ", "us", "2025-11-25T01:00:00Z")]);

        Assert.Equal("Line one line two", d.SourceList[0].Title);
        Assert.Equal(["Line one line two"], d.OverallHighlights);
    }

    [Fact]
    public void Build_Partial_IsKept()
    {
        Assert.True(Build([], partial: true).Partial);
    }
}
