using System.Globalization;

namespace Dashboard.Components.Theme;

/// <summary>
/// Text on a perspective's colour: black or white, whichever contrasts more (WCAG relative luminance). For any colour
/// one of the two reaches at least 4.58:1, so a badge's name is always readable whatever the configured colour.
/// </summary>
public static class PerspectiveColors
{
    public static string TextOn(string background) =>
        TryParse(background, out var rgb) && Contrast(rgb, (0, 0, 0)) >= Contrast(rgb, (1, 1, 1)) ? "#000000" : "#ffffff";

    public static double Contrast(string a, string b) =>
        TryParse(a, out var x) && TryParse(b, out var y) ? Contrast(x, y) : 1;

    private static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static double Luminance((double R, double G, double B) c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    public static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    /// <summary>#rgb or #rrggbb; the configuration validator accepts only these for perspective colours.</summary>
    public static bool TryParse(string color, out (double R, double G, double B) rgb)
    {
        rgb = default;
        var hex = color.Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return false;
        rgb = (((value >> 16) & 255) / 255.0, ((value >> 8) & 255) / 255.0, (value & 255) / 255.0);
        return true;
    }
}
