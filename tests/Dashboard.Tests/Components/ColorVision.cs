using System.Globalization;

namespace Dashboard.Tests.Components;

public enum Vision { Normal, Protanopia, Deuteranopia, Tritanopia }

/// <summary>
/// Colours as a reader with a colour-vision deficiency sees them: Machado, Oliveira &amp; Fernandes (2009), "A
/// physiologically-based model for simulation of color vision deficiency", severity 1.0 (dichromacy), applied to
/// linear RGB; then CIELAB (D65) for <see cref="Ciede2000"/>. Kept in the tests so the palette is checked by math that
/// the app does not share.
/// </summary>
internal static class ColorVision
{
    // The paper's matrices for severity 1.0; each row sums to 1, so greys (and white) stay as they are.
    private static readonly double[,] Protan = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } };
    private static readonly double[,] Deutan = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } };
    private static readonly double[,] Tritan = { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } };

    public static readonly Vision[] Deficiencies = [Vision.Protanopia, Vision.Deuteranopia, Vision.Tritanopia];

    /// <summary>#rrggbb (or #rgb) as sRGB channels in 0..1.</summary>
    public static (double R, double G, double B) Parse(string hex)
    {
        var h = hex.Trim().TrimStart('#');
        if (h.Length == 3) h = string.Concat(h.Select(c => $"{c}{c}"));
        var v = int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0);
    }

    public static (double R, double G, double B) ToLinear((double R, double G, double B) srgb) => (Linear(srgb.R), Linear(srgb.G), Linear(srgb.B));

    private static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    /// <summary>Linear RGB as seen with <paramref name="vision"/>, clipped to the displayable range.</summary>
    public static (double R, double G, double B) Simulate((double R, double G, double B) linear, Vision vision)
    {
        var m = vision switch { Vision.Protanopia => Protan, Vision.Deuteranopia => Deutan, Vision.Tritanopia => Tritan, _ => null };
        if (m is null) return linear;
        double Row(int i) => Math.Clamp(m[i, 0] * linear.R + m[i, 1] * linear.G + m[i, 2] * linear.B, 0, 1);
        return (Row(0), Row(1), Row(2));
    }

    /// <summary>Linear sRGB to CIELAB, D65 white (the sRGB matrix's own white, so #ffffff is exactly L 100, a 0, b 0).</summary>
    public static (double L, double A, double B) ToLab((double R, double G, double B) linear)
    {
        var x = 0.4124564 * linear.R + 0.3575761 * linear.G + 0.1804375 * linear.B;
        var y = 0.2126729 * linear.R + 0.7151522 * linear.G + 0.0721750 * linear.B;
        var z = 0.0193339 * linear.R + 0.1191920 * linear.G + 0.9503041 * linear.B;
        var (fx, fy, fz) = (F(x / 0.95047), F(y), F(z / 1.08883));
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    private static double F(double t) => t > Math.Pow(6 / 29.0, 3) ? Math.Cbrt(t) : t / (3 * Math.Pow(6 / 29.0, 2)) + 4 / 29.0;

    /// <summary>How far apart two colours look to a reader with <paramref name="vision"/> (ΔE2000).</summary>
    public static double Difference(string a, string b, Vision vision) => Ciede2000.Difference(Seen(a, vision), Seen(b, vision));

    private static (double L, double A, double B) Seen(string hex, Vision vision) => ToLab(Simulate(ToLinear(Parse(hex)), vision));
}
