using Dashboard.Overview;
using Dashboard.Rendering;
using Dashboard.Tests.Overview;

namespace Dashboard.Tests.Rendering;

public sealed class RenderUrlTests
{
    private static readonly DateTime From = new(2025, 11, 24, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void For_DefaultView_IsTheBareVolumePng()
    {
        Assert.Equal("/render/volume.png", RenderUrl.For(OverviewTestData.View(), ChartSamples.Options));
    }

    [Fact]
    public void For_FilteredViewChartAndLook_CanonicalQueryThenImageParameters()
    {
        var view = OverviewTestData.View("7d", persp: ["china", "us"], q: "trade war") with { Topic = "taiwan-strait" };

        var url = RenderUrl.For(view, ChartSamples.Options, ChartKind.Outlets, ChartFormat.Svg, new ChartLook(600, 400, ChartTheme.Dark));

        Assert.Equal("/render/outlets.svg?topic=taiwan-strait&range=7d&persp=us,china&q=trade%20war&width=600&height=400&theme=dark", url);
    }

    [Fact]
    public void For_DefaultLookGivenExplicitly_LeavesItOut()
    {
        Assert.Equal("/render/share.png", RenderUrl.For(OverviewTestData.View(), ChartSamples.Options, ChartKind.Share, look: ChartLook.Default));
    }

    public static TheoryData<ViewFilter> Views() =>
    [
        OverviewTestData.View(),
        OverviewTestData.View("1h", src: ["xinhua"]),
        OverviewTestData.View(outlet: "人民日报", q: "a&b=c"),
        new ViewFilter { Topic = "taiwan-strait", Range = TimeRange.Fixed(From, From.AddDays(1)), Perspectives = ["japan"] },
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public void For_AnyView_ParsesBackToThatView(ViewFilter view)
    {
        var url = RenderUrl.For(view, ChartSamples.Options);

        Assert.Equal(view, ViewUrl.Parse(new Uri("http://h" + url).Query, ChartSamples.Options).Filter);
    }

    [Theory]
    [InlineData("http://localhost/", "/render/volume.png", "http://localhost/render/volume.png")]
    [InlineData("https://dash.example/news/", "/render/volume.png?range=7d", "https://dash.example/news/render/volume.png?range=7d")]
    [InlineData("https://dash.example/news", "/render/share.svg", "https://dash.example/news/render/share.svg")]
    public void Absolute_BaseUriWithOrWithoutPathBase_KeepsThePathBase(string baseUri, string url, string expected)
    {
        Assert.Equal(expected, RenderUrl.Absolute(baseUri, url));
    }
}
