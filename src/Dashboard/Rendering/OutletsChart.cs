using System.Globalization;
using Dashboard.Components;
using Dashboard.Overview;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Dashboard.Rendering;

/// <summary>The view's top outlets as horizontal bars, biggest on top, each in its perspective's colour, with its count at the bar's end.</summary>
internal static class OutletsChart
{
    public const int MaxNameLength = 32;

    public static Plot Build(ChartInput input, ChartLook look, PerspectiveCatalog perspectives)
    {
        var outlets = input.Data.Outlets;
        if (outlets.Count == 0) return ChartCanvas.Empty(input.Caption, look);

        var plot = ChartCanvas.Create(input.Caption, look);
        var n = outlets.Count;
        // Position 0 is the bottom row: the first (biggest) outlet gets the top one.
        var bars = outlets.Select((o, i) => new Bar
        {
            Position = n - 1 - i, Value = o.Count, Size = 0.7, LineWidth = 0,
            FillColor = ChartColors.FromCss(perspectives.Get(o.PerspectiveId).Color),
            Label = o.Count.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontName = ChartFonts.Sans;
        barPlot.ValueLabelStyle.FontSize = ChartCanvas.TickSize;
        barPlot.ValueLabelStyle.ForeColor = look.Theme.Text;

        var names = outlets.Select(o => Name(o, outlets, perspectives)).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual([.. bars.Select(b => b.Position)], names);
        // One font for all names (an axis has one label style): one with CJK glyphs when any name needs them.
        ChartFonts.Apply(plot.Axes.Left.TickLabelStyle, names);
        plot.Axes.Left.TickLabelStyle.ForeColor = look.Theme.Text;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.Label.Text = $"Articles (top {n} outlets)";
        // Room to the right of the longest bar for its count.
        plot.Axes.SetLimits(0, outlets.Max(o => o.Count) * 1.1 + 0.5, -0.6, n - 0.4);
        var shown = outlets.Select(o => o.PerspectiveId).ToHashSet();
        ChartCanvas.Legend(plot, perspectives.Order(input.Data.Kpis.ByPerspective.Select(c => c.PerspectiveId).Where(shown.Contains), id => id).Select(perspectives.Get).Select(p => (p.Name, p.Color)));
        return plot;
    }

    /// <summary>The outlet's name, shortened; with its perspective when the same name appears under several, so no two rows read alike.</summary>
    private static string Name(OutletCount outlet, IReadOnlyList<OutletCount> all, PerspectiveCatalog perspectives)
    {
        var name = outlet.Outlet ?? outlet.SourceId ?? "?";
        if (name.Length > MaxNameLength) name = name[..(char.IsHighSurrogate(name[MaxNameLength - 2]) ? MaxNameLength - 2 : MaxNameLength - 1)].TrimEnd() + "…";
        return all.Count(o => o.Outlet == outlet.Outlet) > 1 ? $"{name} ({perspectives.Get(outlet.PerspectiveId).Name})" : name;
    }
}
