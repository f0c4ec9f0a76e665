namespace Dashboard.Tests.Components;

/// <summary>
/// The CIEDE2000 colour difference, as written out by Sharma, Wu &amp; Dalal (2005), "The CIEDE2000 color-difference
/// formula: implementation notes, supplementary test data, and mathematical observations" (their equations 1–23).
/// </summary>
internal static class Ciede2000
{
    private static readonly double Pow25To7 = Math.Pow(25, 7);

    public static double Difference((double L, double A, double B) x, (double L, double A, double B) y)
    {
        var cBar = (Math.Sqrt(x.A * x.A + x.B * x.B) + Math.Sqrt(y.A * y.A + y.B * y.B)) / 2;
        var g = 0.5 * (1 - Math.Sqrt(Math.Pow(cBar, 7) / (Math.Pow(cBar, 7) + Pow25To7)));
        var (a1, a2) = ((1 + g) * x.A, (1 + g) * y.A);
        var (c1, c2) = (Math.Sqrt(a1 * a1 + x.B * x.B), Math.Sqrt(a2 * a2 + y.B * y.B));
        var (h1, h2) = (Hue(a1, x.B), Hue(a2, y.B));

        var dL = y.L - x.L;
        var dC = c2 - c1;
        var dh = c1 * c2 == 0 ? 0 : Math.Abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
        var dH = 2 * Math.Sqrt(c1 * c2) * Math.Sin(Radians(dh / 2));

        var lBar = (x.L + y.L) / 2;
        var cBarP = (c1 + c2) / 2;
        var hBar = c1 * c2 == 0 ? h1 + h2 : Math.Abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        var t = 1 - 0.17 * Cos(hBar - 30) + 0.24 * Cos(2 * hBar) + 0.32 * Cos(3 * hBar + 6) - 0.20 * Cos(4 * hBar - 63);
        var dTheta = 30 * Math.Exp(-Math.Pow((hBar - 275) / 25, 2));
        var rC = 2 * Math.Sqrt(Math.Pow(cBarP, 7) / (Math.Pow(cBarP, 7) + Pow25To7));
        var sL = 1 + 0.015 * Math.Pow(lBar - 50, 2) / Math.Sqrt(20 + Math.Pow(lBar - 50, 2));
        var sC = 1 + 0.045 * cBarP;
        var sH = 1 + 0.015 * cBarP * t;
        var rT = -Math.Sin(Radians(2 * dTheta)) * rC;

        var (l, c, h) = (dL / sL, dC / sC, dH / sH);
        return Math.Sqrt(l * l + c * c + h * h + rT * c * h);
    }

    private static double Hue(double a, double b) => a == 0 && b == 0 ? 0 : (Math.Atan2(b, a) * 180 / Math.PI + 360) % 360;

    private static double Cos(double degrees) => Math.Cos(Radians(degrees));

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
