using Dashboard.Configuration;
using Xunit;

namespace Dashboard.Tests.Configuration;

public class FeedRulesTests
{
    [Fact]
    public void Check_UnknownFeedPerspective_ReportsKnownIds()
    {
        var options = ValidOptions.Create();
        options.Feeds[1].Perspective = "jp";
        ProblemAssert.Reports(options, "Feeds:1:Perspective", "unknown perspective 'jp' (known: us, china)");
    }

    [Fact]
    public void Check_UnknownFeedTopic_ReportsKnownIds()
    {
        var options = ValidOptions.Create();
        options.Feeds[0].Topics.Add("trade");
        ProblemAssert.Reports(options, "Feeds:0:Topics:1", "unknown topic 'trade' (known: us-china, taiwan-strait)");
    }

    [Theory]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/rss/world.xml")]
    [InlineData("news.google.com/rss")]
    public void Check_NonHttpUrl_ReportsUrl(string url)
    {
        var options = ValidOptions.Create();
        options.Feeds[1].Url = url;
        ProblemAssert.Reports(options, "Feeds:1:Url", "not an absolute http(s) URL");
    }

    [Fact]
    public void Check_FeedWithoutUrl_ReportsMissing()
    {
        var options = ValidOptions.Create();
        options.Feeds[1].Url = "";
        ProblemAssert.Reports(options, "Feeds:1:Url", "missing");
    }

    [Fact]
    public void Check_IntervalBelowMinimum_ReportsBothNumbers()
    {
        var options = ValidOptions.Create();
        options.Ingestion.MinIntervalMinutes = 10;
        options.Feeds[0].IntervalMinutes = 2;
        ProblemAssert.Reports(options, "Feeds:0:IntervalMinutes", "2 is below Ingestion:MinIntervalMinutes (10)");
    }

    [Fact]
    public void Check_OverrideWithoutPerspective_ReportsPerspective()
    {
        var options = ValidOptions.Create();
        options.Feeds[0].Perspective = null;
        ProblemAssert.Reports(options, "Feeds:0:Perspective", "Override needs a Perspective");
    }

    [Fact]
    public void Check_UndefinedPerspectiveMode_ReportsMode()
    {
        var options = ValidOptions.Create();
        options.Feeds[0].PerspectiveMode = (FeedPerspectiveMode)7;
        ProblemAssert.Reports(options, "Feeds:0:PerspectiveMode", "unknown mode '7'");
    }

    [Fact]
    public void Check_DuplicateFeedId_ReportsDuplicate()
    {
        var options = ValidOptions.Create();
        options.Feeds[1].Id = "gn-us";
        ProblemAssert.Reports(options, "Feeds:1:Id", "duplicate id 'gn-us' (same as Feeds:0)");
    }

    [Fact]
    public void Check_FeedWithoutIdOrName_ReportsBoth()
    {
        var options = ValidOptions.Create();
        options.Feeds[1].Id = "";
        options.Feeds[1].Name = "";
        ProblemAssert.Reports(options, "Feeds:1:Id", "missing");
        ProblemAssert.Reports(options, "Feeds:1:Name", "missing");
    }
}
