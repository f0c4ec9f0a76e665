using Dashboard.Overview;
using Dashboard.Rendering;
using Dashboard.Tests.Overview;

namespace Dashboard.Tests.Rendering;

public sealed class ViewCaptionTests
{
    private static string Describe(ViewFilter view) => ViewCaption.Describe(view, ChartSamples.Options, ChartSamples.Perspectives);

    private static ViewFilter Fixed(string from, string to) => OverviewTestData.View() with { Range = TimeRange.Fixed(OverviewTestData.Utc(from), OverviewTestData.Utc(to)) };

    [Theory]
    [InlineData("1h", "US vs China · last 1 h")]
    [InlineData("24h", "US vs China · last 24 h")]
    [InlineData("30d", "US vs China · last 30 days")]
    public void Describe_LiveRange_NamesIt(string range, string expected) => Assert.Equal(expected, Describe(OverviewTestData.View(range)));

    [Theory]
    [InlineData("2025-11-24T00:00:00Z", "2025-11-25T00:00:00Z", "24 Nov 2025")]
    [InlineData("2025-11-24T00:00:00Z", "2025-11-26T00:00:00Z", "24–25 Nov 2025")]
    [InlineData("2025-11-30T00:00:00Z", "2025-12-02T00:00:00Z", "30 Nov – 1 Dec 2025")]
    [InlineData("2025-12-31T00:00:00Z", "2026-01-02T00:00:00Z", "31 Dec 2025 – 1 Jan 2026")]
    [InlineData("2025-11-24T08:00:00Z", "2025-11-24T12:30:00Z", "24 Nov 2025 08:00 – 12:30 UTC")]
    [InlineData("2025-11-24T04:00:00Z", "2025-11-25T04:00:00Z", "24 Nov 2025 04:00 – 25 Nov 2025 04:00 UTC")]
    public void Describe_FrozenRange_DatesOrTimes(string from, string to, string range) =>
        Assert.Equal("US vs China · " + range, Describe(Fixed(from, to)));

    [Fact]
    public void Describe_EveryFilter_InOrderWithNames()
    {
        var view = OverviewTestData.View(persp: ["us", "china"], src: ["xinhua", "unknown-id"], q: "tariffs", outlet: "人民日报");

        Assert.Equal("US vs China · last 24 h · United States, China sources · Xinhua, unknown-id · 人民日报 · “tariffs”", Describe(view));
    }

    [Fact]
    public void Describe_UnknownTopicAndUnclassified_FallBackToIds()
    {
        Assert.Equal("atlantis · last 24 h · Unclassified sources", Describe(OverviewTestData.View(topic: "atlantis", persp: ["unclassified"])));
    }
}
