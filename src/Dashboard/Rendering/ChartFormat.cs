namespace Dashboard.Rendering;

/// <summary>The encodings of a rendered chart; the lower-case name is the URL's extension.</summary>
public enum ChartFormat
{
    Png,
    Svg,
}

public static class ChartFormatNames
{
    public static string Extension(this ChartFormat format) => format.ToString().ToLowerInvariant();

    public static string ContentType(this ChartFormat format) => format == ChartFormat.Png ? "image/png" : "image/svg+xml";

    /// <summary>Only the exact lower-case extension, like <see cref="ChartKindNames.Parse"/>.</summary>
    public static ChartFormat? Parse(string text) =>
        Enum.GetValues<ChartFormat>().Cast<ChartFormat?>().FirstOrDefault(f => f!.Value.Extension() == text);
}
