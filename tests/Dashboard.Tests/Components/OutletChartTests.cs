using Bunit;
using Dashboard.Components.Views;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

/// <summary>Top outlets as bars: biggest first, one row each, the exact count and perspective in words, drill-down.</summary>
public sealed class OutletChartTests : IAsyncLifetime
{
    private readonly ComponentContext _ui = new();

    private static readonly OutletCount Xinhua = new("xinhua", "Xinhua", "china", 3);
    private static readonly OutletCount Nyt = new("nytimes", "The New York Times", "us", 5);
    private static readonly OutletCount Gazette = new(null, "Unknown Gazette", "unclassified", 1);

    private IRenderedComponent<OutletChart> Render(IReadOnlyList<OutletCount> outlets, Action<OutletCount>? onOutlet = null) =>
        _ui.Render<OutletChart>(p => p.Add(c => c.Outlets, outlets).Add(c => c.OnOutlet, onOutlet ?? (_ => { })));

    [Fact]
    public void OutletChart_Outlets_OneRowEachBiggestFirstAtFullWidth()
    {
        var rows = Render([Xinhua, Gazette, Nyt]).FindAll(".outlet-row");

        Assert.Equal(["The New York Times", "Xinhua", "Unknown Gazette"], rows.Select(r => r.GetAttribute("data-outlet")));
        Assert.Equal(["5", "3", "1"], rows.Select(r => r.QuerySelector(".outlet-count")!.Text()));
        Assert.Contains("width:100%", rows[0].QuerySelector(".outlet-bar")!.GetAttribute("style"));
        Assert.Contains("width:60%", rows[1].QuerySelector(".outlet-bar")!.GetAttribute("style"));
        Assert.Contains("background-color:#D55E00", rows[1].QuerySelector(".outlet-bar")!.GetAttribute("style"));
    }

    [Fact]
    public void OutletChart_Outlets_LabelSaysExactCountAndPerspective()
    {
        var buttons = Render([Nyt, Gazette]).FindAll(".outlet-row button");

        Assert.Equal("The New York Times: 5 articles, United States perspective. Click to see them.", buttons[0].GetAttribute("aria-label"));
        Assert.Equal("Unknown Gazette: 1 article, Unclassified perspective. Click to see them.", buttons[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void OutletChart_OutletUnderTwoPerspectives_EachBarNamesItsPerspective()
    {
        var rows = Render([new OutletCount(null, "Reuters", "us", 4), Xinhua, new OutletCount(null, "Reuters", "china", 2)]).FindAll(".outlet-row");

        Assert.Equal(["Reuters (United States)", "Xinhua", "Reuters (China)"], rows.Select(r => r.QuerySelector(".outlet-name")!.Text()));
        Assert.StartsWith("Reuters (China): 2 articles, China perspective.", rows[2].QuerySelector("button")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void OutletChart_BarClicked_RaisesOnOutletWithThatOutlet()
    {
        var chosen = new List<OutletCount>();
        var chart = Render([Nyt, Xinhua], chosen.Add);

        chart.Find(".outlet-row[data-outlet=Xinhua] button").Click();

        Assert.Equal([Xinhua], chosen);
    }

    [Fact]
    public void OutletChart_Outlets_LegendNamesTheirPerspectivesInConfiguredOrder()
    {
        var legend = Render([Gazette, Xinhua, Nyt]).FindAll(".chart-legend li");

        Assert.Equal(["United States", "China", "Unclassified"], legend.Select(li => li.Text()));
    }

    [Fact]
    public void OutletChart_NoOutlets_SaysSo() =>
        Assert.Equal("No outlets in this view.", Render([]).Find(".empty").Text());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}
