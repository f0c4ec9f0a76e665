using System.Globalization;

namespace Dashboard.Rendering;

/// <summary>A chart image request, <c>/render/{chart}.{format}?width=&amp;height=&amp;theme=</c> besides the view's own parameters.</summary>
public sealed record RenderRequest(ChartKind Chart, ChartFormat Format, ChartLook Look)
{
    // Small enough for a phone's share sheet, large enough for a 2× Open Graph image; beyond that only memory grows.
    public const int MinWidth = 300, MaxWidth = 2400, MinHeight = 200, MaxHeight = 2400;

    /// <summary>The parameters this request reads; every other one belongs to the view (and is ignored there if unknown).</summary>
    public static readonly IReadOnlySet<string> OwnKeys = new HashSet<string>(["width", "height", "theme"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The request, or the parameter that is wrong and why; never both.</summary>
    public static (RenderRequest? Request, RenderProblem? Problem) Parse(string chart, string format, IReadOnlyDictionary<string, string?> query)
    {
        if (ChartKindNames.Parse(chart) is not { } kind)
            return (null, new("chart", $"unknown chart '{chart}': one of {string.Join(", ", Enum.GetValues<ChartKind>().Select(c => c.Name()))}"));
        if (ChartFormatNames.Parse(format) is not { } encoding)
            return (null, new("format", $"unknown format '{format}': one of {string.Join(", ", Enum.GetValues<ChartFormat>().Select(f => f.Extension()))}"));
        var (width, widthProblem) = Size(query, "width", ChartLook.DefaultWidth, MinWidth, MaxWidth);
        var (height, heightProblem) = Size(query, "height", ChartLook.DefaultHeight, MinHeight, MaxHeight);
        if ((widthProblem ?? heightProblem) is { } problem) return (null, problem);
        var themeName = query.GetValueOrDefault("theme");
        if (ChartTheme.Parse(themeName) is not { } theme) return (null, new("theme", $"theme must be light or dark, got '{themeName}'"));
        return (new RenderRequest(kind, encoding, new ChartLook(width, height, theme)), null);
    }

    private static (int Value, RenderProblem? Problem) Size(IReadOnlyDictionary<string, string?> query, string key, int fallback, int min, int max)
    {
        if (query.GetValueOrDefault(key) is not { Length: > 0 } text) return (fallback, null);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (value, null)
            : (fallback, new(key, $"{key} must be a whole number of pixels from {min} to {max}, got '{text}'"));
    }
}

/// <summary>Why a render request was refused: the parameter and a sentence for the 400 problem.</summary>
public sealed record RenderProblem(string Parameter, string Detail);
