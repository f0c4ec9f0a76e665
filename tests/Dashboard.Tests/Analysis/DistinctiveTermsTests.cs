using Dashboard.Analysis;

namespace Dashboard.Tests.Analysis;

public sealed class DistinctiveTermsTests
{
    private const double Tolerance = 1e-6;

    /// <summary>
    /// Document frequencies (a term counts once per document, so the repeated "tariff" of a's first document counts 1):
    /// <code>
    ///            tariff trade talk summit | n
    ///   a (y_a)     2     1     1     0   | 4
    ///   b (y_b)     0     1     2     1   | 4
    ///   all         2     2     3     1   | 8
    /// </code>
    /// With α0 = 8 the prior α_w = 8 · all_w / 8 = all_w: α_tariff = 2, α_trade = 2, α_talk = 3, α_summit = 1.
    /// </summary>
    private static readonly TermDocument[] HandExample =
    [
        new("a", "tariff tariff trade"),
        new("a", "tariff talk"),
        new("b", "trade talk"),
        new("b", "summit talk"),
    ];

    [Fact]
    public void Compute_MinZSignificant_KeepsOnlyTermsAtOrAbove196AndDropsTheRest()
    {
        var documents = GeneratedDocuments();
        var all = DistinctiveTerms.Compute(documents, top: 50).SelectMany(p => p.Terms).ToList();
        var significant = DistinctiveTerms.Compute(documents, top: 50, minZ: DistinctiveTerms.SignificantZ).SelectMany(p => p.Terms).ToList();

        Assert.Contains(all, t => t.Z < DistinctiveTerms.SignificantZ); // the input has terms that merely lean one way
        Assert.NotEmpty(significant);
        Assert.All(significant, t => Assert.True(t.Z >= DistinctiveTerms.SignificantZ, $"{t.Term}: z {t.Z}"));
        Assert.Equal(all.Where(t => t.Z >= DistinctiveTerms.SignificantZ).Select(t => t.Term).Order(), significant.Select(t => t.Term).Order());
    }

    [Fact]
    public void Compute_HandExample_MatchesHandComputedLogOddsAndZ()
    {
        // a, tariff: (2+2)/(4+8−2−2) = 4/8 = 0.5;  rest (b): (0+2)/(4+8−0−2) = 2/10 = 0.2
        //   δ = ln 0.5 − ln 0.2 = ln 2.5 = 0.916290731874155
        //   σ² = 1/(2+2) + 1/(0+2) = 0.75, σ = 0.866025403784439, z = 0.916290731874155 / 0.866025403784439 = 1.058041401407005
        // a, trade: (1+2)/(12−3) = 3/9 on both sides → δ = 0, z = 0: not reported (z > 0 only).
        // a, talk: (1+3)/(12−4) = 0.5 vs (2+3)/(12−5) = 5/7 → δ = ln(0.7) = −0.356674943938732 < 0: not reported.
        // b, summit: (1+1)/(12−2) = 0.2 vs (0+1)/(12−1) = 1/11 → δ = ln 2.2 = 0.788457360364270
        //   σ² = 1/2 + 1/1 = 1.5, σ = 1.224744871391589, z = 0.643772738944727
        // b, talk: (2+3)/(12−5) = 5/7 vs (1+3)/(12−4) = 0.5 → δ = ln(10/7) = 0.356674943938732
        //   σ² = 1/5 + 1/4 = 0.45, σ = 0.670820393249937, z = 0.531699613678622
        // b, trade: δ = 0 as for a.
        var result = DistinctiveTerms.Compute(HandExample, top: 10, alpha0: 8, minCount: 1);

        Assert.Equal(["a", "b"], result.Select(p => p.PerspectiveId));
        Assert.Equal([2, 2], result.Select(p => p.Documents));

        var a = Assert.Single(result[0].Terms);
        Assert.Equal("tariff", a.Term);
        Assert.Equal(0.916290731874155, a.LogOdds, Tolerance);
        Assert.Equal(1.058041401407005, a.Z, Tolerance);
        Assert.Equal(2, a.Count);
        Assert.Equal(0, a.OtherCount);

        Assert.Equal(["summit", "talk"], result[1].Terms.Select(t => t.Term));
        var summit = result[1].Terms[0];
        Assert.Equal(0.788457360364270, summit.LogOdds, Tolerance);
        Assert.Equal(0.643772738944727, summit.Z, Tolerance);
        Assert.Equal((1, 0), (summit.Count, summit.OtherCount));
        var talk = result[1].Terms[1];
        Assert.Equal(0.356674943938732, talk.LogOdds, Tolerance);
        Assert.Equal(0.531699613678622, talk.Z, Tolerance);
        Assert.Equal((2, 1), (talk.Count, talk.OtherCount));
    }

    [Fact]
    public void Compute_DefaultMinCount_DropsTermsInOneDocumentOnly()
    {
        // Same table as above with minCount = 2: b's summit (1 document) goes, talk (2 documents) stays.
        var result = DistinctiveTerms.Compute(HandExample, alpha0: 8);

        Assert.Equal(["tariff"], result[0].Terms.Select(t => t.Term));
        Assert.Equal(["talk"], result[1].Terms.Select(t => t.Term));
    }

    [Fact]
    public void Compute_ExtraBackground_ChangesPriorAsHandComputed()
    {
        // Background = input (total 8) + summit × 8 → total 16; α0 = 16 makes α_w the background count:
        // α_tariff = 2. a, tariff: (2+2)/(4+16−2−2) = 4/16 = 0.25 vs (0+2)/(4+16−0−2) = 2/18
        //   δ = ln(0.25 · 9) = ln 2.25 = 0.810930216216329, σ = sqrt(0.75), z = 0.936381557252998
        var background = new Dictionary<string, int> { ["summit"] = 8 };

        var result = DistinctiveTerms.Compute(HandExample, alpha0: 16, minCount: 1, background: background);

        var tariff = Assert.Single(result[0].Terms, t => t.Term == "tariff");
        Assert.Equal(0.810930216216329, tariff.LogOdds, Tolerance);
        Assert.Equal(0.936381557252998, tariff.Z, Tolerance);
    }

    [Fact]
    public void Compute_TermUsedByOneSideOnly_RanksTopForThatSideAndAbsentForOther()
    {
        TermDocument[] documents =
        [
            new("us", "Tariff threat looms over trade talks"),
            new("us", "Tariff hike hits trade partners"),
            new("us", "Senate debates tariff bill on trade"),
            new("us", "Markets fall on trade worries"),
            new("china", "Trade talks resume in Beijing"),
            new("china", "Beijing urges dialogue on trade"),
            new("china", "Beijing hosts trade delegation"),
            new("china", "Trade partners welcome Beijing proposal"),
        ];

        var result = DistinctiveTerms.Compute(documents);

        var us = Assert.Single(result, p => p.PerspectiveId == "us");
        var china = Assert.Single(result, p => p.PerspectiveId == "china");
        Assert.Equal("tariff", us.Terms[0].Term);
        Assert.Equal("beijing", china.Terms[0].Term);
        Assert.DoesNotContain(china.Terms, t => t.Term == "tariff");
        Assert.DoesNotContain(us.Terms, t => t.Term == "beijing");
    }

    [Fact]
    public void Compute_MinCount_ExcludesTermsBelowIt()
    {
        TermDocument[] documents =
        [
            new("us", "tariff sanction"), new("us", "tariff sanction"), new("us", "tariff"),
            new("china", "dialogue"), new("china", "dialogue"), new("china", "cooperation"),
        ];

        var atThree = DistinctiveTerms.Compute(documents, minCount: 3);
        var atTwo = DistinctiveTerms.Compute(documents, minCount: 2);

        Assert.Equal(["tariff"], atThree.Single(p => p.PerspectiveId == "us").Terms.Select(t => t.Term));
        Assert.Empty(atThree.Single(p => p.PerspectiveId == "china").Terms);
        Assert.Equal(["tariff", "sanction"], atTwo.Single(p => p.PerspectiveId == "us").Terms.Select(t => t.Term));
        Assert.Equal(["dialogue"], atTwo.Single(p => p.PerspectiveId == "china").Terms.Select(t => t.Term));
    }

    [Fact]
    public void Compute_CjkText_RanksCharacterBigrams()
    {
        TermDocument[] documents =
        [
            new("china", "关税 反制"), new("china", "关税 措施"), new("china", "关税 回应"),
            new("us", "trade deal"), new("us", "trade talk"), new("us", "trade tariff"),
        ];

        var result = DistinctiveTerms.Compute(documents);

        Assert.Equal("关税", result.Single(p => p.PerspectiveId == "china").Terms[0].Term);
        Assert.Equal(3, result.Single(p => p.PerspectiveId == "china").Terms[0].Count);
        Assert.Equal("trade", result.Single(p => p.PerspectiveId == "us").Terms[0].Term);
    }

    [Fact]
    public void Compute_EmptyInput_ReturnsEmpty() => Assert.Empty(DistinctiveTerms.Compute([]));

    [Fact]
    public void Compute_SinglePerspective_ReturnsItWithoutTerms()
    {
        var result = DistinctiveTerms.Compute([new("us", "tariff tariff"), new("us", "tariff talk")]);

        var us = Assert.Single(result);
        Assert.Equal(("us", 2), (us.PerspectiveId, us.Documents));
        Assert.Empty(us.Terms);
    }

    [Fact]
    public void Compute_ShuffledInput_GivesSameOrderedResult()
    {
        var shuffled = Enumerable.Reverse(HandExample).ToArray();

        var expected = DistinctiveTerms.Compute(HandExample, alpha0: 8, minCount: 1);
        var actual = DistinctiveTerms.Compute(shuffled, alpha0: 8, minCount: 1);

        Assert.Equal(expected.Select(p => p.PerspectiveId), actual.Select(p => p.PerspectiveId));
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i].Terms, actual[i].Terms);
    }

    [Fact]
    public void Compute_Top_LimitsTermsPerPerspective()
    {
        var result = DistinctiveTerms.Compute(HandExample, top: 1, alpha0: 8, minCount: 1);

        Assert.Equal(["summit"], result[1].Terms.Select(t => t.Term));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Compute_NonPositiveAlpha0_Throws(double alpha0) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DistinctiveTerms.Compute(HandExample, alpha0: alpha0));

    /// <summary>
    /// ~300 generated documents over 3 perspectives (a shared vocabulary, each perspective leaning on its own words,
    /// plus possessives, plurals, CJK and full-width text) give exactly the result of the pre-rewrite implementation:
    /// same perspectives, terms, order, counts, and z and δ to the last bit.
    /// </summary>
    [Theory]
    [InlineData(10, DistinctiveTerms.DefaultAlpha0, 2, false)]
    [InlineData(1000, DistinctiveTerms.DefaultAlpha0, 1, false)]
    [InlineData(25, 3.0, 2, false)]
    [InlineData(40, 50.0, 1, true)]
    [InlineData(0, 50.0, 1, true)]
    public void Compute_GeneratedDocuments_SameAsReference(int top, double alpha0, int minCount, bool withBackground)
    {
        var documents = GeneratedDocuments();
        var background = withBackground
            ? new Dictionary<string, int> { ["tariff"] = 40, ["beijing"] = 7, ["关税"] = 3, ["absent"] = 100 }
            : null;

        var expected = ReferenceCompute(documents, top, alpha0, minCount, background);
        var actual = DistinctiveTerms.Compute(documents, top, alpha0, minCount, background);

        Assert.Equal(expected.Select(p => (p.PerspectiveId, p.Documents)), actual.Select(p => (p.PerspectiveId, p.Documents)));
        Assert.Contains(actual, p => p.Terms.Count > 0 || top == 0);
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(
                expected[i].Terms.Select(t => (t.Term, BitConverter.DoubleToInt64Bits(t.Z), BitConverter.DoubleToInt64Bits(t.LogOdds), t.Count, t.OtherCount)),
                actual[i].Terms.Select(t => (t.Term, BitConverter.DoubleToInt64Bits(t.Z), BitConverter.DoubleToInt64Bits(t.LogOdds), t.Count, t.OtherCount)));
    }

    private static TermDocument[] GeneratedDocuments()
    {
        string[] shared =
        [
            "Trade", "talks", "resume", "officials", "summit", "markets", "policies", "leaders", "Japan's", "U.S.", "crisis",
            "economy", "won't", "presses", "1990s", "关税", "新华网", "Ｔｏｋｙｏ", "ﬁnance", "the", "of", "and", "news",
        ];
        string[][] own =
        [
            ["tariff", "tariffs", "Senate", "sanctions", "Washington’s", "bill"],
            ["Beijing", "dialogue", "cooperation", "中美", "合作", "delegation"],
            ["Brussels", "regulation", "Parliament", "euro", "Commission's", "directive"],
        ];
        string[] perspectives = ["us", "cn", "eu"];
        var random = new Random(77);
        var documents = new TermDocument[300];
        for (var i = 0; i < documents.Length; i++)
        {
            var p = random.Next(perspectives.Length);
            // A third of the words are perspective words, mostly the document's own perspective's.
            var words = Enumerable.Range(0, 6 + random.Next(20)).Select(_ => random.Next(3) == 0
                ? Pick(own[random.Next(5) == 0 ? random.Next(own.Length) : p])
                : Pick(shared));
            documents[i] = new TermDocument(perspectives[p], string.Join(random.Next(2) == 0 ? " " : ", ", words));
        }
        return documents;

        string Pick(string[] words) => words[random.Next(words.Length)];
    }

    /// <summary>DistinctiveTerms.Compute as it was before the span rewrite, copied verbatim (reference tokenizer included).</summary>
    private static IReadOnlyList<PerspectiveTerms> ReferenceCompute(IEnumerable<TermDocument> documents, int top = 10,
        double alpha0 = DistinctiveTerms.DefaultAlpha0, int minCount = 2, IReadOnlyDictionary<string, int>? background = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (!double.IsFinite(alpha0) || alpha0 <= 0)
            throw new ArgumentOutOfRangeException(nameof(alpha0), alpha0, "alpha0 must be a positive finite number.");
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);

        // Ordinal-sorted so the output order never depends on input order or culture.
        var perspectives = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var corpus = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document is null) throw new ArgumentException("documents must not contain null.", nameof(documents));
            if (string.IsNullOrEmpty(document.PerspectiveId))
                throw new ArgumentException("Every document needs a perspective id.", nameof(documents));
            if (!perspectives.TryGetValue(document.PerspectiveId, out var tally))
                perspectives.Add(document.PerspectiveId, tally = new Tally());
            tally.Documents++;
            foreach (var term in ReferenceTermTokenizer.Tokenize(document.Text).Distinct(StringComparer.Ordinal))
            {
                tally.Counts[term] = tally.Counts.GetValueOrDefault(term) + 1;
                tally.Total++;
                corpus[term] = corpus.GetValueOrDefault(term) + 1;
            }
        }

        long corpusTotal = perspectives.Values.Sum(t => t.Total);
        long backgroundTotal = corpusTotal;
        if (background is not null)
            foreach (var (term, count) in background)
            {
                if (count < 0) throw new ArgumentException($"Background count of '{term}' is negative ({count}).", nameof(background));
                backgroundTotal += count;
            }

        var result = new List<PerspectiveTerms>(perspectives.Count);
        foreach (var (id, tally) in perspectives)
        {
            if (perspectives.Count < 2 || top == 0)
            {
                result.Add(new PerspectiveTerms(id, tally.Documents, []));
                continue;
            }
            double ni = tally.Total, nj = corpusTotal - tally.Total;
            var terms = new List<DistinctiveTerm>();
            foreach (var (term, yiCount) in tally.Counts)
            {
                if (yiCount < minCount) continue;
                var yjCount = corpus[term] - yiCount;
                double yi = yiCount, yj = yjCount;
                var alphaW = alpha0 * (corpus[term] + (background?.GetValueOrDefault(term) ?? 0)) / backgroundTotal;
                var restI = ni + alpha0 - yi - alphaW;
                var restJ = nj + alpha0 - yj - alphaW;
                // Zero only when w is the whole background (every document holds this one term): no odds to compare.
                if (restI <= 0 || restJ <= 0) continue;
                var delta = Math.Log((yi + alphaW) / restI) - Math.Log((yj + alphaW) / restJ);
                var z = delta / Math.Sqrt(1 / (yi + alphaW) + 1 / (yj + alphaW));
                if (z > 0) terms.Add(new DistinctiveTerm(term, z, delta, yiCount, yjCount));
            }
            terms.Sort(static (a, b) => b.Z != a.Z ? b.Z.CompareTo(a.Z) : string.CompareOrdinal(a.Term, b.Term));
            if (terms.Count > top) terms.RemoveRange(top, terms.Count - top);
            result.Add(new PerspectiveTerms(id, tally.Documents, terms));
        }
        return result;
    }

    private sealed class Tally
    {
        public int Documents;
        public long Total;
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    }
}
