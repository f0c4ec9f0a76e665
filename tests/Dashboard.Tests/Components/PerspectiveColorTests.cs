using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Stories;
using Dashboard.Tests.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Components;

/// <summary>
/// The shipped perspective colours stay apart for readers with colour-vision deficiencies (docs/sources.md): simulated
/// dichromacy (<see cref="ColorVision"/>), compared with CIEDE2000. The compared pair (the blindspot rule's sides) is
/// the one a reader must never confuse; every other pair, unclassified grey included, must still be told apart.
/// </summary>
public sealed class PerspectiveColorTests
{
    private const double ComparedApart = 40;
    private const double AnyPairApart = 12;

    private static readonly DashboardOptions Shipped = RepositoryRoot.BindShippedOptions();

    /// <summary>Every colour a chart can show: the configured perspectives and the catalog's unclassified grey.</summary>
    private static IReadOnlyList<PerspectiveOptions> All => new PerspectiveCatalog(Options.Create(Shipped)).All;

    public static TheoryData<Vision> Visions => [Vision.Normal, .. ColorVision.Deficiencies];

    [Theory]
    [MemberData(nameof(Visions))]
    public void ShippedColors_ComparedPerspectives_AtLeast40Apart(Vision vision)
    {
        var compared = BlindspotSettings.From(Shipped).Perspectives.Select(id => All.Single(p => p.Id == id)).ToList();

        Assert.True(compared.Count >= 2);
        foreach (var (a, b) in Pairs(compared))
        {
            var difference = ColorVision.Difference(a.Color, b.Color, vision);
            Assert.True(difference >= ComparedApart, $"{vision}: {a.Name} {a.Color} and {b.Name} {b.Color} only {difference:F1} ΔE00 apart");
        }
    }

    [Theory]
    [MemberData(nameof(Visions))]
    public void ShippedColors_EveryPairWithUnclassified_AtLeast12Apart(Vision vision)
    {
        Assert.Contains(All, p => p.Id == Dashboard.Classifying.Classification.UnclassifiedId);
        var tooClose = Pairs(All)
            .Select(pair => (pair.A, pair.B, Difference: ColorVision.Difference(pair.A.Color, pair.B.Color, vision)))
            .Where(x => x.Difference < AnyPairApart)
            .Select(x => $"{x.A.Name} {x.A.Color} ~ {x.B.Name} {x.B.Color}: {x.Difference:F1}")
            .ToList();

        Assert.True(tooClose.Count == 0, $"{vision}: " + string.Join("; ", tooClose));
    }

    [Fact]
    public void ShippedColors_ClosestPairs_AsDocumented()
    {
        // The margins docs/sources.md states: at least 13 under each deficiency, the compared pair "at least 50" (49.99
        // under protanopia, rounded).
        var closest = ColorVision.Deficiencies.Min(v => Pairs(All).Min(p => ColorVision.Difference(p.A.Color, p.B.Color, v)));
        var compared = BlindspotSettings.From(Shipped).Perspectives.Select(id => All.Single(p => p.Id == id).Color).ToList();

        Assert.True(closest >= 13, $"closest pair {closest:F1}");
        Assert.True(ColorVision.Deficiencies.Min(v => ColorVision.Difference(compared[0], compared[1], v)) >= 49.5);
    }

    private static IEnumerable<(PerspectiveOptions A, PerspectiveOptions B)> Pairs(IReadOnlyList<PerspectiveOptions> perspectives) =>
        perspectives.SelectMany((a, i) => perspectives.Skip(i + 1).Select(b => (a, b)));
}
