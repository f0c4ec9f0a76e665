using Dashboard.Live;
using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class StoryLagsTests
{
    private static readonly Dictionary<string, string> Names = new() { ["us"] = "United States", ["china"] = "China", ["japan"] = "Japan" };

    [Fact]
    public void Lags_ChinaFirst_DescribesLeadOverUs()
    {
        var first = StoryLags.FirstReports([
            Article(1, "us", "2025-11-25T01:10"), Article(2, "china", "2025-11-24T22:00"), Article(3, "us", "2025-11-25T03:00"), Article(4, "china", "2025-11-24T23:00")]);

        Assert.Equal(["china", "us"], first.Select(f => f.PerspectiveId));
        Assert.Equal([2L, 1L], first.Select(f => f.Article.Id));
        var lag = Assert.Single(StoryLags.Lags(first));
        Assert.Equal("China sources first, 3 h 10 min before United States sources", StoryLags.Describe(lag, id => Names[id]));
    }

    [Fact]
    public void Lags_OnePerspective_None() =>
        Assert.Empty(StoryLags.Lags(StoryLags.FirstReports([Article(1, "us", "2025-11-25T01:10"), Article(2, "us", "2025-11-25T02:10")])));

    [Fact]
    public void Lags_ThreePerspectives_EachAgainstTheFirst()
    {
        var lags = StoryLags.Lags(StoryLags.FirstReports([
            Article(1, "us", "2025-11-25T00:00"), Article(2, "japan", "2025-11-25T00:45"), Article(3, "china", "2025-11-27T02:00")]));
        Assert.Equal(["japan 45 min", "china 2 d 2 h"], lags.Select(l => $"{l.LaterPerspectiveId} {StoryLags.Duration(l.Gap)}"));
    }

    [Fact]
    public void Describe_SameMinute_SaysSo()
    {
        var lag = new StoryLag("us", "china", TimeSpan.FromSeconds(30));
        Assert.Equal("United States and China sources within the same minute", StoryLags.Describe(lag, id => Names[id]));
    }

    [Theory]
    [InlineData(59, "59 min")]
    [InlineData(60, "1 h")]
    [InlineData(190, "3 h 10 min")]
    [InlineData(1440, "1 d")]
    [InlineData(1500, "1 d 1 h")]
    public void Duration_Minutes_ReadsNaturally(int minutes, string expected) => Assert.Equal(expected, StoryLags.Duration(TimeSpan.FromMinutes(minutes)));

    private static ArticleSummary Article(long id, string perspective, string sortAt)
    {
        var at = DateTime.SpecifyKind(DateTime.Parse(sortAt, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        return new ArticleSummary(id, $"Title {id}", "Outlet", null, perspective, "test", null, null, at, at, at, "feed", "en", ["us-china"]);
    }
}
