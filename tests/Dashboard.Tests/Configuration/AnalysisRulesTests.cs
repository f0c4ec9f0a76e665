using Dashboard.Configuration;
using Xunit;

namespace Dashboard.Tests.Configuration;

public class AnalysisRulesTests
{
    private static void AssertReports(Action<DashboardOptions> breakIt, string path, string problem)
    {
        var options = ValidOptions.Create();
        breakIt(options);
        ProblemAssert.Reports(options, path, problem);
    }

    [Fact]
    public void Check_Defaults_NoProblems() => Assert.Empty(DashboardOptionsValidator.Check(ValidOptions.Create()));

    [Fact]
    public void Check_UnknownTimeZone_ReportsIt() =>
        AssertReports(o => o.Digest.TimeZone = "Mars/Olympus", "Digest:TimeZone", "unknown time zone 'Mars/Olympus'");

    [Theory]
    [InlineData("00:00")]
    [InlineData("4 am")]
    [InlineData("24:30")]
    public void Check_BadDayEnd_ReportsIt(string end) =>
        AssertReports(o => o.Digest.DayEndsAt = end, "Digest:DayEndsAt", $"'{end}' is not a time of day");

    [Fact]
    public void Check_UnknownComparedPerspective_ReportsItsIndex() =>
        AssertReports(o => o.Blindspots.Perspectives = ["us", "mars"], "Blindspots:Perspectives:1", "unknown perspective 'mars'");

    [Fact]
    public void Check_OneComparedPerspective_ReportsNeedForTwo() =>
        AssertReports(o => o.Blindspots.Perspectives = ["us"], "Blindspots:Perspectives", "needs at least two perspectives");

    [Fact]
    public void Check_MinStoryArticlesZero_ReportsWhyAStoryNeedsArticles() =>
        AssertReports(o => o.Blindspots.MinStoryArticles = 0, "Blindspots:MinStoryArticles",
            "0 is out of range (at least 1): a story needs articles of the compared perspectives to be judged a blindspot");

    [Fact]
    public void Check_MaxShareAboveHalf_ReportsRange() =>
        AssertReports(o => o.Blindspots.MaxShare = 0.8, "Blindspots:MaxShare", "0.8 is out of range (0–0.5)");

    [Fact]
    public void Check_ZeroMinCount_ReportsRange() =>
        AssertReports(o => o.Alerts.MinCount = 0, "Alerts:MinCount", "0 is out of range (at least 1)");

    [Fact]
    public void Check_StoryWindowZero_ReportsRange() =>
        AssertReports(o => o.Stories.WindowHours = 0, "Stories:WindowHours", "0 is out of range (1–336)");

    [Fact]
    public void Check_DemoPerspectiveModeUndefined_ReportsIt() =>
        AssertReports(o => o.Demo.PerspectiveMode = (FeedPerspectiveMode)7, "Demo:PerspectiveMode", "unknown mode '7'");
}
