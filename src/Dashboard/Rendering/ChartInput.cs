using Dashboard.Overview;

namespace Dashboard.Rendering;

/// <summary>What one chart image shows: a view's aggregates over its resolved window, and the view in words for the title.</summary>
public sealed record ChartInput(ViewFilter Filter, (DateTime From, DateTime To) Window, OverviewAggregates Data, string Caption);

/// <summary>How a chart image is drawn: pixel size and palette.</summary>
public sealed record ChartLook(int Width, int Height, ChartTheme Theme)
{
    /// <summary>The Open Graph image size: the design size, at which every font size below is given.</summary>
    public const int DefaultWidth = 1200, DefaultHeight = 630;

    public static readonly ChartLook Default = new(DefaultWidth, DefaultHeight, ChartTheme.Light);

    /// <summary>Other sizes scale the whole drawing (type, lines, margins) so a small image stays legible and a large one is not sparse.</summary>
    public double Scale => Math.Clamp(Math.Min((double)Width / DefaultWidth, (double)Height / DefaultHeight), 0.4, 3);
}
