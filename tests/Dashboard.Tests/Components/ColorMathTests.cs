namespace Dashboard.Tests.Components;

/// <summary>The colour math the palette tests rely on, checked against published values.</summary>
public sealed class ColorMathTests
{
    // Rows 1, 2, 3, 7, 17–20, 25, 26 and 34 of Sharma, Wu & Dalal (2005), Table 1: L, a, b of each colour, then ΔE00.
    [Theory]
    [InlineData(50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425)]
    [InlineData(50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615)]
    [InlineData(50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412)]
    [InlineData(50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669)]
    [InlineData(50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492)]
    [InlineData(50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977)]
    [InlineData(50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030)]
    [InlineData(50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535)]
    [InlineData(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644)]
    [InlineData(63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630)]
    [InlineData(2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082)]
    public void Ciede2000_SharmaTestData_MatchesToFourDecimalsBothWays(double l1, double a1, double b1, double l2, double a2, double b2, double expected)
    {
        Assert.Equal(expected, Ciede2000.Difference((l1, a1, b1), (l2, a2, b2)), 4);
        Assert.Equal(expected, Ciede2000.Difference((l2, a2, b2), (l1, a1, b1)), 4);
    }

    [Theory]
    [InlineData("#ffffff", 100, 0, 0)]
    [InlineData("#000000", 0, 0, 0)]
    [InlineData("#ff0000", 53.2408, 80.0925, 67.2032)]
    [InlineData("#0000ff", 32.2970, 79.1875, -107.8602)]
    public void ToLab_SrgbPrimaries_KnownCielabValues(string hex, double l, double a, double b)
    {
        var lab = ColorVision.ToLab(ColorVision.ToLinear(ColorVision.Parse(hex)));

        Assert.Equal((l, a, b), (Math.Round(lab.L, 4), Math.Round(lab.A, 4), Math.Round(lab.B, 4)));
    }

    [Theory]
    [InlineData(Vision.Protanopia)]
    [InlineData(Vision.Deuteranopia)]
    [InlineData(Vision.Tritanopia)]
    public void Simulate_NeutralGreys_Unchanged(Vision vision)
    {
        foreach (var grey in new[] { 0.0, 0.25, 0.5, 1.0 })
        {
            var seen = ColorVision.Simulate((grey, grey, grey), vision);
            Assert.Equal((grey, grey, grey), (Math.Round(seen.R, 5), Math.Round(seen.G, 5), Math.Round(seen.B, 5)));
        }
    }

    [Fact]
    public void Simulate_RedAndGreen_CloseForRedGreenDeficienciesNotForTritanopia()
    {
        // The classic confusion: a red and a green that anyone else tells apart at a glance (ΔE00 71.8).
        var normal = ColorVision.Difference("#d62728", "#2ca02c", Vision.Normal);

        Assert.InRange(normal, 70, 74);
        Assert.InRange(ColorVision.Difference("#d62728", "#2ca02c", Vision.Protanopia), 0, normal / 2);
        Assert.InRange(ColorVision.Difference("#d62728", "#2ca02c", Vision.Deuteranopia), 0, normal / 10);
        Assert.InRange(ColorVision.Difference("#d62728", "#2ca02c", Vision.Tritanopia), normal * 0.8, 100);
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("#0f172a", "#f6f8fb", 16.78)]
    public void ContrastRatio_KnownPairs_WcagValues(string a, string b, double expected) =>
        Assert.Equal(expected, ContrastRatio.Of(a, b), 2);
}
