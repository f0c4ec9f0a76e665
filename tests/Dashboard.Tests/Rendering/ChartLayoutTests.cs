using Dashboard.Overview;
using Dashboard.Rendering;
using Dashboard.Tests.Overview;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Dashboard.Tests.Rendering;

/// <summary>What the three charts put on their plots, read from the ScottPlot objects (ticks exist once the plot is laid out).</summary>
public sealed class ChartLayoutTests
{
    private static List<Bar> Bars(Plot plot) => plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).ToList();

    private static Tick[] Ticks(Plot plot, IAxis axis)
    {
        plot.RenderInMemory(ChartLook.DefaultWidth, ChartLook.DefaultHeight);
        return axis.TickGenerator.Ticks.Where(t => t.IsMajor).ToArray();
    }

    private static string[] Labels(Plot plot, IAxis axis) => Ticks(plot, axis).Select(t => t.Label).ToArray();

    private static IEnumerable<string> TopDown(Plot plot) => Ticks(plot, plot.Axes.Left).OrderByDescending(t => t.Position).Select(t => t.Label);

    [Theory]
    [InlineData("1h"), InlineData("6h"), InlineData("24h"), InlineData("7d"), InlineData("30d")]
    public void Volume_EachLiveRange_AtMostTwelveTimeLabels(string range)
    {
        using var plot = VolumeChart.Build(ChartSamples.Busy(range: range), ChartLook.Default, ChartSamples.Perspectives);

        Assert.InRange(Labels(plot, plot.Axes.Bottom).Length, 2, VolumeChart.MaxTimeLabels);
    }

    [Fact]
    public void Volume_FrozenYear_AtMostTwelveTimeLabels()
    {
        var year = OverviewTestData.View() with { Range = TimeRange.Fixed(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)) };

        using var plot = VolumeChart.Build(ChartSamples.Busy(year), ChartLook.Default, ChartSamples.Perspectives);

        Assert.InRange(Labels(plot, plot.Axes.Bottom).Length, 2, VolumeChart.MaxTimeLabels);
    }

    [Fact]
    public void Volume_Day_LabelsRoundHoursAndTheDate()
    {
        using var plot = VolumeChart.Build(ChartSamples.Busy(range: "24h"), ChartLook.Default, ChartSamples.Perspectives);

        // 09:37 back to 09:37: 25 hourly buckets from 09:00, so every 3 h (every 2 h would be 13 labels).
        Assert.Equal(["09:00", "12:00", "15:00", "18:00", "21:00", "25 Nov", "03:00", "06:00", "09:00"], Labels(plot, plot.Axes.Bottom));
    }

    [Fact]
    public void Volume_Stacks_PerspectivesBottomUpInKpiOrderWithIntegerTicks()
    {
        var input = ChartSamples.Busy();
        using var plot = VolumeChart.Build(input, ChartLook.Default, ChartSamples.Perspectives);

        var first = Bars(plot).Where(b => b.Position == 0).OrderBy(b => b.ValueBase).ToList();
        var colours = first.Select(b => b.FillColor.ToHex()).ToList();
        var expected = input.Data.Volume.Where(v => v.BucketStart == input.Data.Volume.Min(p => p.BucketStart))
            .OrderBy(v => input.Data.Kpis.ByPerspective.ToList().FindIndex(c => c.PerspectiveId == v.PerspectiveId))
            .Select(v => ChartColors.FromCss(ChartSamples.Perspectives.Get(v.PerspectiveId).Color).ToHex()).ToList();
        Assert.Equal(expected, colours);
        Assert.Equal(0, first[0].ValueBase);
        Assert.All(first.Zip(first.Skip(1)), pair => Assert.Equal(pair.First.Value, pair.Second.ValueBase));
        Assert.True(Assert.IsType<NumericAutomatic>(plot.Axes.Left.TickGenerator).IntegerTicksOnly);
        Assert.Equal(["United States", "China", "Japan"], plot.Legend.ManualItems.Select(i => i.LabelText));
    }

    [Fact]
    public void Outlets_BiggestOnTopNamesAsTicksColouredByPerspective()
    {
        using var plot = OutletsChart.Build(ChartSamples.Busy(), ChartLook.Default, ChartSamples.Perspectives);

        var bars = Bars(plot).OrderByDescending(b => b.Position).ToList();
        Assert.Equal(ChartSamples.Outlets.Select(o => (double)o.Count), bars.Select(b => b.Value));
        Assert.Equal(ChartSamples.Outlets.Select(o => ChartColors.FromCss(ChartSamples.Perspectives.Get(o.Perspective).Color).ToHex()), bars.Select(b => b.FillColor.ToHex()));
        Assert.Equal(ChartSamples.Outlets.Select(o => o.Outlet), TopDown(plot));
        Assert.All(bars, b => Assert.Equal(Orientation.Horizontal, b.Orientation));
    }

    [Fact]
    public void Outlets_SameNameUnderTwoPerspectives_NamesThePerspective()
    {
        var input = ChartSamples.Busy();
        input = input with { Data = input.Data with { Outlets = [new(null, "Reuters", "us", 5), new(null, "Reuters", "japan", 2)] } };

        using var plot = OutletsChart.Build(input, ChartLook.Default, ChartSamples.Perspectives);

        Assert.Equal(["Reuters (United States)", "Reuters (Japan)"], TopDown(plot));
    }

    [Fact]
    public void Share_SliceLabels_NameAndRoundedPercent()
    {
        using var plot = ShareChart.Build(ChartSamples.Busy(), ChartLook.Default, ChartSamples.Perspectives);

        var texts = plot.GetPlottables<Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(["United States 36 %", "China 40 %", "Japan 24 %", "403\narticles"], texts);
        Assert.Equal(3, plot.GetPlottables<Ellipse>().Count());
    }

    [Theory]
    [InlineData(ChartKind.Volume), InlineData(ChartKind.Outlets), InlineData(ChartKind.Share)]
    public void Build_EmptyView_OnlyTheTitleAndTheMessage(ChartKind chart)
    {
        var svg = System.Text.Encoding.UTF8.GetString(ChartSamples.Renderer().Render(chart, ChartFormat.Svg, ChartSamples.Empty(), ChartLook.Default));

        Assert.Contains("No articles in this view", svg);
        Assert.Contains("US vs China · last 24 h", svg);
    }
}
