using System.Net;
using Dashboard.Configuration;
using Dashboard.Digest;
using Dashboard.Rendering;

namespace Dashboard.Tests.Rendering;

/// <summary>The day's volume chart in the digest's Markdown (and the URL the digest page uses for it).</summary>
public sealed class DigestChartTests(RenderAppFixture app) : IClassFixture<RenderAppFixture>
{
    private const string DayChart = "/render/volume.png?from=2025-11-24T00%3A00%3A00Z&to=2025-11-25T00%3A00%3A00Z";

    [Fact]
    public async Task DigestMarkdown_Day_HasTheDaysChartAfterTheFrontMatter()
    {
        var markdown = await app.Client.GetStringAsync("/digest/us-china/2025-11-24.md");

        var image = $"![US vs China: articles per hour by perspective, 2025-11-24](http://localhost{DayChart})";
        Assert.Contains("\n---\n\n" + image + "\n\n## Overall Highlights\n", markdown);
        Assert.Single(markdown.Split('\n'), line => line.StartsWith("![", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DigestMarkdown_ChartUrl_GivesThePng()
    {
        var response = await app.Client.GetAsync(DayChart);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1200, 630), PngImage.Size(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public void ForDigest_DayEndingAt4Utc_IsThatDigestsWindow()
    {
        var clock = new DigestClock(new DigestOptions { TimeZone = "UTC", DayEndsAt = "04:00" });

        var url = RenderUrl.ForDigest("taiwan-strait", new DateOnly(2025, 11, 25), clock, ChartSamples.Options);

        Assert.Equal("/render/volume.png?topic=taiwan-strait&from=2025-11-24T04%3A00%3A00Z&to=2025-11-25T04%3A00%3A00Z", url);
    }

    [Fact]
    public void WithChart_NotAWebUrl_LeavesTheMarkdownAsWritten()
    {
        const string markdown = "---\ntitle: \"x\"\n---\n\n## Overall Highlights\n";

        Assert.Equal(markdown, DigestMarkdown.WithChart(markdown, "javascript:alert(1)", "chart"));
    }
}
