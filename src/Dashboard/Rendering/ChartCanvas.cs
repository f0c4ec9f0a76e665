using ScottPlot;

namespace Dashboard.Rendering;

/// <summary>The frame every chart shares: palette, type sizes, the title naming the view, and the empty-view message.</summary>
internal static class ChartCanvas
{
    public const float TitleSize = 26, LabelSize = 18, TickSize = 16, LegendSize = 17;
    public const string NoArticles = "No articles in this view";

    public static Plot Create(string title, ChartLook look)
    {
        var plot = new Plot { ScaleFactor = look.Scale };
        look.Theme.Apply(plot);
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        ChartFonts.Apply(plot.Axes.Title.Label, [title], centred: false);
        plot.Axes.Title.VerticalPadding = 14;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFonts.Sans;
            axis.Label.FontSize = LabelSize;
            axis.Label.ForeColor = look.Theme.Muted;
            axis.TickLabelStyle.FontName = ChartFonts.Sans;
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = look.Theme.Muted;
            // Counts are whole numbers: marks between them would suggest fractions.
            axis.MinorTickStyle.Length = 0;
        }
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = ChartFonts.Sans;
        return plot;
    }

    /// <summary>A legend entry per perspective: a filled square and the name, in a row under the data.</summary>
    public static void Legend(Plot plot, IEnumerable<(string Name, string Color)> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0) return;
        foreach (var (name, color) in list)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = ChartColors.FromCss(color), LineWidth = 0 });
        plot.Legend.FontName = ChartFonts.For(list.Select(e => e.Name));
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>No axes, ticks or grid (for the donut and the empty view); the title stays.</summary>
    public static void HideAxes(Plot plot)
    {
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
    }

    /// <summary>The title, then only the message where the data would be: an empty view is a result, not an error.</summary>
    public static Plot Empty(string title, ChartLook look)
    {
        var plot = Create(title, look);
        HideAxes(plot);
        var text = plot.Add.Text(NoArticles, 0, 0);
        text.LabelFontSize = TitleSize;
        text.LabelFontName = ChartFonts.Sans;
        text.LabelFontColor = look.Theme.Muted;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        return plot;
    }
}
