using System.Globalization;
using Dashboard.Components;
using ScottPlot;

namespace Dashboard.Rendering;

/// <summary>
/// Each perspective's share of the view's articles as a donut, slices labelled "Name 42 %", the total in the middle.
/// Drawn from annular sectors rather than ScottPlot's Pie so each label can sit outside its slice, aligned away from
/// the ring (the Pie centres labels on a circle, where long names run into the slices).
/// </summary>
internal static class ShareChart
{
    private const double Outer = 1, Inner = 0.55, LabelRadius = 1.1;

    public static Plot Build(ChartInput input, ChartLook look, PerspectiveCatalog perspectives)
    {
        var kpis = input.Data.Kpis;
        var counts = perspectives.Order(kpis.ByPerspective.Where(c => c.Count > 0), c => c.PerspectiveId).ToList();
        if (counts.Count == 0) return ChartCanvas.Empty(input.Caption, look);

        var plot = ChartCanvas.Create(input.Caption, look);
        var total = (double)counts.Sum(c => c.Count);
        var start = 90.0; // clockwise from 12 o'clock, like the page's donut
        foreach (var c in counts)
        {
            var p = perspectives.Get(c.PerspectiveId);
            var sweep = c.Count / total * 360;
            var slice = plot.Add.AnnularSector(Coordinates.Origin, Outer, Inner, Angle.FromDegrees(start - sweep), Angle.FromDegrees(sweep));
            slice.FillColor = ChartColors.FromCss(p.Color);
            // Slices are parted by a line of the background's colour.
            slice.LineColor = look.Theme.Background;
            slice.LineWidth = counts.Count > 1 ? 2 : 0;
            Label(plot, look, $"{p.Name} {Percent.Of(c.Count / total)} %", start - sweep / 2);
            start -= sweep;
        }

        var middle = plot.Add.Text($"{kpis.Articles.ToString("N0", CultureInfo.InvariantCulture)}\narticles", 0, 0);
        middle.LabelFontSize = ChartCanvas.TitleSize;
        middle.LabelFontName = ChartFonts.Sans;
        middle.LabelFontColor = look.Theme.Text;
        middle.LabelAlignment = Alignment.MiddleCenter;

        ChartCanvas.HideAxes(plot);
        // Room around the ring for the labels; square units keep it round at any image size.
        plot.Axes.SetLimits(-1.9, 1.9, -1.3, 1.3);
        plot.Axes.SquareUnits();
        return plot;
    }

    private static void Label(Plot plot, ChartLook look, string text, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        var (x, y) = (Math.Cos(radians), Math.Sin(radians));
        var label = plot.Add.Text(text, x * LabelRadius, y * LabelRadius);
        label.LabelFontSize = ChartCanvas.LabelSize;
        label.LabelFontName = ChartFonts.For(text);
        label.LabelFontColor = look.Theme.Text;
        // The side of the text that faces the ring is anchored at the label point.
        label.LabelAlignment = (x, y) switch
        {
            _ when Math.Abs(x) < 0.25 => y > 0 ? Alignment.LowerCenter : Alignment.UpperCenter,
            _ when x > 0 => y > 0.5 ? Alignment.LowerLeft : y < -0.5 ? Alignment.UpperLeft : Alignment.MiddleLeft,
            _ => y > 0.5 ? Alignment.LowerRight : y < -0.5 ? Alignment.UpperRight : Alignment.MiddleRight,
        };
    }
}
