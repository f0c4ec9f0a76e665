using Bunit;
using Dashboard.Components.Views;
using Dashboard.Overview;
using MudBlazor;

namespace Dashboard.Tests.Components;

/// <summary>The share donut: a slice per perspective with articles, in the configured order, named in its legend.</summary>
public sealed class ShareDonutTests : IAsyncLifetime
{
    private readonly ComponentContext _ui = new();

    private static readonly Kpis Kpis = new(20, [new PerspectiveCount("china", 5), new PerspectiveCount("unclassified", 0), new PerspectiveCount("us", 15)], 4, null);

    private IRenderedComponent<ShareDonut> Render(Kpis kpis, Action<string>? onPerspective = null) =>
        _ui.Render<ShareDonut>(p => p.Add(d => d.Kpis, kpis).Add(d => d.OnPerspective, onPerspective ?? (_ => { })));

    [Fact]
    public void ShareDonut_Counts_SlicesInConfiguredOrderWithPerspectiveColorsNoEmptySlice()
    {
        var chart = Render(Kpis).FindComponent<MudChart<int>>().Instance;

        Assert.Equal(["United States", "China"], chart.ChartLabels);
        Assert.Equal([15, 5], chart.ChartSeries.Single().Data.Values);
        Assert.Equal(["#0072B2", "#D55E00"], chart.ChartOptions!.ChartPalette);
    }

    [Fact]
    public void ShareDonut_Counts_LegendNamesEachWithItsShare()
    {
        var legend = Render(Kpis).FindAll(".chart-legend li");

        Assert.Equal(["us", "china"], legend.Select(li => li.GetAttribute("data-perspective")));
        Assert.Equal([$"United States {0.75:P0}", $"China {0.25:P0}"], legend.Select(li => li.Text()));
    }

    [Fact]
    public async Task ShareDonut_SliceChosen_RaisesOnPerspectiveWithThatSlicesPerspective()
    {
        var chosen = new List<string>();
        var donut = Render(Kpis, chosen.Add);

        var chart = donut.FindComponent<MudChart<int>>();
        await chart.InvokeAsync(() => chart.Instance.SelectedIndexChanged.InvokeAsync(1));

        Assert.Equal(["china"], chosen);
    }

    [Fact]
    public void ShareDonut_NoArticles_SaysSoAndDrawsNoChart()
    {
        var donut = Render(new Kpis(0, [], 0, null));

        Assert.Equal("No articles in this view.", donut.Find(".empty").Text());
        Assert.Empty(donut.FindComponents<MudChart<int>>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}
