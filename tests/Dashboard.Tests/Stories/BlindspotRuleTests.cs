using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class BlindspotRuleTests
{
    // These Evaluate tests are about MinArticles and MaxShare: MinStoryArticles is out of their way (its own tests below).
    private static readonly BlindspotOptions Defaults = new() { MinStoryArticles = 1 };

    private static Blindspot? Evaluate(params (string Id, int Count)[] counts) =>
        BlindspotRule.Evaluate(counts.ToDictionary(c => c.Id, c => c.Count), Defaults);

    [Fact]
    public void Evaluate_ThreeVersusZero_IsBlindspot()
    {
        // share = 0 / (3 + 0) = 0 ≤ 0.2, covered 3 ≥ 3.
        Assert.Equal(new Blindspot("us", "china", 3, 0, 0), Evaluate(("us", 3), ("china", 0)));
    }

    [Fact]
    public void Evaluate_ComparedPerspectiveAbsentFromCounts_CountsAsZero()
    {
        Assert.Equal(new Blindspot("china", "us", 3, 0, 0), Evaluate(("china", 3)));
    }

    [Fact]
    public void Evaluate_ThreeVersusOne_IsNone()
    {
        // share = 1 / 4 = 0.25 > 0.2.
        Assert.Null(Evaluate(("us", 3), ("china", 1)));
    }

    [Fact]
    public void Evaluate_FourVersusOne_IsBlindspotBecauseShareBoundIsInclusive()
    {
        // share = 1 / 5 = 0.2 ≤ 0.2.
        Assert.Equal(new Blindspot("china", "us", 4, 1, 0.2), Evaluate(("us", 1), ("china", 4)));
    }

    [Fact]
    public void Evaluate_TwoVersusZero_IsNone()
    {
        // covered 2 < MinArticles 3.
        Assert.Null(Evaluate(("us", 2), ("china", 0)));
    }

    [Fact]
    public void Evaluate_MinArticlesBoundary_IsInclusive()
    {
        var options = Defaults with { MinArticles = 5 };
        var counts = new Dictionary<string, int> { ["us"] = 5, ["china"] = 1 }; // share 1/6 = 0.167

        Assert.Equal(new Blindspot("us", "china", 5, 1, 1.0 / 6), BlindspotRule.Evaluate(counts, options));
        Assert.Null(BlindspotRule.Evaluate(new Dictionary<string, int> { ["us"] = 4, ["china"] = 0 }, options));
    }

    [Fact]
    public void Evaluate_NonComparedPerspective_NeitherCoversNorMissesNorDilutesShare()
    {
        // russia's 10 articles do not make a blindspot of china or us …
        Assert.Null(Evaluate(("us", 1), ("china", 1), ("russia", 10)));
        // … russia's 0 does not make one of us's 3 articles …
        Assert.Equal(new Blindspot("us", "china", 3, 0, 0), Evaluate(("us", 3), ("china", 0), ("russia", 0)));
        // … and uk's 100 are not in the denominator: 1 / (3 + 1) = 0.25 > 0.2 (with uk it would be 1 / 104).
        Assert.Null(Evaluate(("us", 3), ("china", 1), ("uk", 100)));
    }

    [Fact]
    public void Evaluate_SeveralQualifyingPairs_PicksLargestCoveredThenSmallestShareThenOrdinal()
    {
        var options = Defaults with { Perspectives = ["us", "china", "russia"] };

        // total 10: us 6 → china (0.0), us 6 → russia (0.1); china 4 → russia (0.1). Largest covered is us; smallest share china.
        Assert.Equal(new Blindspot("us", "china", 6, 0, 0),
            BlindspotRule.Evaluate(new Dictionary<string, int> { ["us"] = 6, ["china"] = 0, ["russia"] = 4 }, options));
        // total 10: us 5 → china (0), russia 5 → china (0): tie on covered and share, CoveredBy ordinal: "russia" < "us".
        Assert.Equal(new Blindspot("russia", "china", 5, 0, 0),
            BlindspotRule.Evaluate(new Dictionary<string, int> { ["us"] = 5, ["china"] = 0, ["russia"] = 5 }, options));
        // total 10: us 8 → china (0.2) and us 8 → russia (0): same covered, smaller share wins.
        Assert.Equal(new Blindspot("us", "russia", 8, 0, 0),
            BlindspotRule.Evaluate(new Dictionary<string, int> { ["us"] = 8, ["china"] = 2, ["russia"] = 0 }, options));
    }

    [Fact]
    public void Evaluate_NoArticles_IsNone() => Assert.Null(Evaluate());

    [Fact]
    public void Evaluate_NegativeCount_Throws() =>
        Assert.Throws<ArgumentException>(() => Evaluate(("us", 3), ("china", -1)));
}
