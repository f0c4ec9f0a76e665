namespace Dashboard.Tests.Components;

/// <summary>WCAG 2.x contrast ratio of two sRGB colours, from relative luminance: 1 (same) to 21 (black on white).</summary>
internal static class ContrastRatio
{
    public static double Of((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static double Of(string a, string b) => Of(ColorVision.Parse(a), ColorVision.Parse(b));

    private static double Luminance((double R, double G, double B) srgb)
    {
        var l = ColorVision.ToLinear(srgb);
        return 0.2126 * l.R + 0.7152 * l.G + 0.0722 * l.B;
    }
}
