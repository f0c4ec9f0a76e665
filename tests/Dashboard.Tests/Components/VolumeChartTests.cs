using Bunit;
using Dashboard.Components.Views;
using Dashboard.Overview;
using MudBlazor;

namespace Dashboard.Tests.Components;

/// <summary>The volume chart's data: one series per perspective in the configured order, coloured and named alike.</summary>
public sealed class VolumeChartTests : IAsyncLifetime
{
    private static readonly DateTime Now = ComponentContext.Now;
    private static readonly (DateTime, DateTime) Day = (Now.AddHours(-24), Now);
    private readonly ComponentContext _ui = new();

    private IRenderedComponent<VolumeChart> Render(IReadOnlyList<VolumePoint> points) =>
        _ui.Render<VolumeChart>(p => p.Add(c => c.Points, points).Add(c => c.Outages, []).Add(c => c.Window, Day));

    // Points arrive in query order (here unclassified and China first); the chart must not follow it.
    private static readonly VolumePoint[] Points =
    [
        new(Now.AddHours(-1), "unclassified", 1), new(Now.AddHours(-2), "china", 3), new(Now.AddHours(-2), "us", 2), new(Now.AddHours(-24), "us", 4),
    ];

    [Fact]
    public void VolumeChart_Points_SeriesInConfiguredOrderWithPerspectiveColors()
    {
        var chart = Render(Points).FindComponent<MudChart<int>>().Instance;

        Assert.Equal(["United States", "China", "Unclassified"], chart.ChartSeries.Select(s => s.Name));
        Assert.Equal(["#0072B2", "#D55E00", "#7a8290"], chart.ChartOptions!.ChartPalette);
    }

    [Fact]
    public void VolumeChart_Points_EveryBucketZeroFilledCountsKept()
    {
        var chart = Render(Points).FindComponent<MudChart<int>>().Instance;

        Assert.Equal(24, chart.ChartLabels.Length); // an hour each over the last day
        Assert.All(chart.ChartSeries, s => Assert.Equal(24, s.Data.Values.Count));
        Assert.Equal([6, 3, 1], chart.ChartSeries.Select(s => s.Data.Values.Sum()));
        Assert.Equal(4, chart.ChartSeries[0].Data.Values[0]); // the window's first hour
        Assert.Equal(["04:00", "05:00"], chart.ChartLabels[..2]);
    }

    [Fact]
    public void VolumeChart_Points_LegendNamesEveryPerspectiveInOrder()
    {
        var legend = Render(Points).FindAll(".chart-legend li");

        Assert.Equal(["us", "china", "unclassified"], legend.Select(li => li.GetAttribute("data-perspective")));
        Assert.Equal(["United States", "China", "Unclassified"], legend.Select(li => li.Text()));
    }

    [Fact]
    public void VolumeChart_Points_YAxisInWholeStepsForTheTallestStack()
    {
        var options = (StackedBarChartOptions)Render(Points).FindComponent<MudChart<int>>().Instance.ChartOptions!;

        Assert.Equal(VolumeBar.CountStep(5), options.YAxisTicks); // the tallest stack: 3 + 2 two hours ago
        Assert.False(options.ShowLegend); // ChartLegend instead, the same in every chart
    }

    [Fact]
    public void VolumeChart_NoPoints_SaysWhyAndDrawsNoChart()
    {
        var chart = Render([]);

        Assert.Contains("No articles in this time range", chart.Find(".empty").TextContent);
        Assert.Equal("/feeds", chart.Find(".empty a").GetAttribute("href"));
        Assert.Empty(chart.FindComponents<MudChart<int>>());
        Assert.Empty(chart.FindAll(".chart-legend"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}
