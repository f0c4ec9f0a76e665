namespace Dashboard.Rendering;

/// <summary>The charts a view can be rendered as; the lower-case name is the file name in <c>/render/{chart}.{format}</c>.</summary>
public enum ChartKind
{
    /// <summary>Articles per time bucket, stacked by perspective.</summary>
    Volume,
    /// <summary>The top outlets' article counts, coloured by perspective.</summary>
    Outlets,
    /// <summary>Each perspective's share of the view's articles.</summary>
    Share,
}

public static class ChartKindNames
{
    public static string Name(this ChartKind chart) => chart.ToString().ToLowerInvariant();

    /// <summary>Only the exact lower-case name: one chart has one URL, so caches and link previews see one address.</summary>
    public static ChartKind? Parse(string text) =>
        Enum.GetValues<ChartKind>().Cast<ChartKind?>().FirstOrDefault(c => c!.Value.Name() == text);
}
