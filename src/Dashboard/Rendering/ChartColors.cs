using ScottPlot;

namespace Dashboard.Rendering;

/// <summary>Perspective colours are validated as #rgb or #rrggbb (DashboardOptionsValidator); ScottPlot reads only the long form.</summary>
internal static class ChartColors
{
    public static Color FromCss(string hex) =>
        Color.FromHex(hex.Length == 4 ? $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}" : hex);
}
