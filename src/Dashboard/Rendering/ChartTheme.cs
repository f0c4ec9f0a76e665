using ScottPlot;

namespace Dashboard.Rendering;

/// <summary>The light and dark palettes of the app's stylesheet (wwwroot/css/app.css: panel, fg, muted, border), so an image matches the page it sits in.</summary>
public sealed record ChartTheme(string Name, Color Background, Color Text, Color Muted, Color Grid)
{
    public static readonly ChartTheme Light = new("light", Color.FromHex("#ffffff"), Color.FromHex("#0f172a"), Color.FromHex("#5b6577"), Color.FromHex("#e2e8f0"));
    public static readonly ChartTheme Dark = new("dark", Color.FromHex("#111a2e"), Color.FromHex("#e2e8f0"), Color.FromHex("#9aa7bd"), Color.FromHex("#1e293b"));

    /// <summary>"light" or "dark" (the pages' <c>theme=</c> values); null for anything else.</summary>
    public static ChartTheme? Parse(string? name) => name switch
    {
        null or "" or "light" => Light,
        "dark" => Dark,
        _ => null,
    };

    public void Apply(Plot plot)
    {
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Background;
        plot.Axes.Color(Muted);
        plot.Axes.Title.Label.ForeColor = Text;
        plot.Grid.MajorLineColor = Grid;
        plot.Legend.BackgroundColor = Background;
        plot.Legend.FontColor = Text;
        plot.Legend.OutlineColor = Background;
    }
}
