namespace Dashboard.Stories;

/// <summary>Thresholds of <see cref="BlindspotRule"/>.</summary>
public sealed record BlindspotOptions
{
    /// <summary>Least articles the covering perspective needs, so two stray articles do not make a blindspot.</summary>
    public int MinArticles { get; init; } = 3;

    /// <summary>
    /// Least articles of the compared perspectives together before a story is judged: a handful of articles is too
    /// little to tell a side's silence from chance.
    /// </summary>
    public int MinStoryArticles { get; init; } = 4;

    /// <summary>Largest share (inclusive, 0–1) of the compared perspectives' articles that the missing perspective may have.</summary>
    public double MaxShare { get; init; } = 0.2;

    /// <summary>
    /// The perspectives compared. Only these count, as covering, missing or in the share's denominator: with many
    /// configured perspectives almost every story would be a blindspot of some minor one.
    /// </summary>
    public IReadOnlyList<string> Perspectives { get; init; } = ["us", "china"];

    /// <summary>Display names by perspective id, for the verdict's sentence; an id without one is shown as itself.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();
}

/// <summary>A story covered by one perspective and (almost) ignored by another.</summary>
/// <param name="MissingShare">MissingCount / (articles of all compared perspectives).</param>
public sealed record Blindspot(string CoveredBy, string MissingFrom, int CoveredCount, int MissingCount, double MissingShare);

/// <summary>
/// Decides whether a story is a blindspot. By its counts (<see cref="Evaluate"/>): the compared perspectives have at
/// least MinStoryArticles articles on it together, some compared perspective has at least MinArticles, and another has at
/// most MaxShare of them. In full (<see cref="Judge"/>): besides, the missing perspective has a polled feed and its feeds
/// were not all down for <see cref="OutageShare"/> or more of the story's time — an outage is not silence.
/// </summary>
public static class BlindspotRule
{
    /// <summary>
    /// From this part of the story's span [FirstAt, LastAt] spent with all its feeds down, the missing side is taken to
    /// have been unable to publish rather than silent. A story of one instant counts as covered when the instant is.
    /// </summary>
    public const double OutageShare = 0.5;

    // A configured share such as 0.1 + 0.2 is not exactly 0.3 in binary; the tolerance keeps the bound inclusive
    // for such values while being far below the smallest real difference between two shares of article counts.
    private const double ShareTolerance = 1e-9;

    /// <summary>
    /// The blindspot of a story with the given article counts per perspective (a compared perspective missing from
    /// the dictionary has 0), or null when it is none by its counts alone (feeds are not considered). When several
    /// (covered, missing) pairs qualify: the largest covered count, then the smallest missing share, then CoveredBy and
    /// MissingFrom ordinal.
    /// </summary>
    public static Blindspot? Evaluate(IReadOnlyDictionary<string, int> countsByPerspective, BlindspotOptions options)
    {
        var compared = Compared(countsByPerspective, options);
        return compared.Sum(p => p.Count) < options.MinStoryArticles ? null : Candidates(compared, options).FirstOrDefault();
    }

    /// <summary>
    /// The verdict on a story, blindspot or not, with the reason in words. The reasons are tried in this order: too few
    /// articles (in all, or on the covering side); both sides covered it; then, for the best pair by counts whose missing side was polled and up, a
    /// blindspot; failing that, why the best pair by counts is none (its missing side is not polled, not read yet, or was down).
    /// </summary>
    public static BlindspotVerdict Judge(BlindspotEvidence evidence, BlindspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(evidence.Outages);
        ArgumentNullException.ThrowIfNull(evidence.PolledPerspectives);
        var compared = Compared(evidence.CountsByPerspective, options);
        var total = compared.Sum(p => p.Count);
        var counts = compared.Select(p => new StoryPerspectiveCount(p.Id, p.Count)).ToList();
        var words = new BlindspotWording(options.Names);
        BlindspotVerdict Verdict(BlindspotReason kind, string reason, Blindspot? blindspot = null) => new(kind, reason, counts, total, blindspot);

        if (total < options.MinStoryArticles)
            return Verdict(BlindspotReason.TooFewArticles, words.TooFewArticles(total, options.MinStoryArticles, compared));
        var candidates = Candidates(compared, options);
        // No pair qualifies: either no side is small enough to be missing (both covered it), or one is but no side has
        // MinArticles to be the covering one (too few to judge).
        if (candidates.Count == 0)
            return compared.Any(p => IsMissingShare((double)p.Count / total, options))
                ? Verdict(BlindspotReason.TooFewArticles, words.NoSideHasEnough(options.MinArticles, compared))
                : Verdict(BlindspotReason.BothCovered, words.BothCovered(compared));

        var covers = candidates.Select(c => c.MissingFrom).Distinct(StringComparer.Ordinal).ToDictionary(id => id,
            id => StoryOutageCover.Of(evidence.Outages, id, evidence.FirstAt, evidence.LastAt), StringComparer.Ordinal);
        bool Polled(Blindspot c) => evidence.PolledPerspectives.Contains(c.MissingFrom);
        // A side never read at all (its feeds not fetched yet) is not silent: nobody has looked.
        bool Read(Blindspot c) => evidence.ReadPerspectives?.Contains(c.MissingFrom) ?? true;
        bool Down(Blindspot c) => covers[c.MissingFrom].Fraction >= OutageShare;

        if (candidates.FirstOrDefault(c => Polled(c) && Read(c) && !Down(c)) is { } blindspot)
            return Verdict(BlindspotReason.Blindspot, words.Blindspot(blindspot, total), blindspot);
        var best = candidates[0];
        if (!Polled(best)) return Verdict(BlindspotReason.MissingSideNotPolled, words.MissingSideNotPolled(best.MissingFrom));
        if (!Read(best)) return Verdict(BlindspotReason.MissingSideNotRead, words.MissingSideNotRead(best.MissingFrom));
        return Verdict(BlindspotReason.MissingSideDown, words.MissingSideDown(best.MissingFrom, covers[best.MissingFrom], evidence.FirstAt == evidence.LastAt));
    }

    /// <summary>The compared perspectives (each once, in the configured order) with their counts; checks the options.</summary>
    private static List<(string Id, int Count)> Compared(IReadOnlyDictionary<string, int> countsByPerspective, BlindspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(countsByPerspective);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Perspectives);
        if (options.MinArticles < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MinArticles, "BlindspotOptions.MinArticles must be at least 1.");
        if (options.MinStoryArticles < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MinStoryArticles, "BlindspotOptions.MinStoryArticles must be at least 1.");
        if (!(options.MaxShare is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxShare, "BlindspotOptions.MaxShare must be between 0 and 1.");

        var compared = options.Perspectives.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Count: countsByPerspective.GetValueOrDefault(id)))
            .ToList();
        foreach (var (id, count) in compared)
            if (count < 0) throw new ArgumentException($"Article count of '{id}' is negative ({count}).", nameof(countsByPerspective));
        return compared;
    }

    /// <summary>Every (covered, missing) pair that qualifies by counts, best first.</summary>
    private static List<Blindspot> Candidates(List<(string Id, int Count)> compared, BlindspotOptions options)
    {
        var total = compared.Sum(p => (long)p.Count);
        var candidates = new List<Blindspot>();
        foreach (var covered in compared)
        {
            if (covered.Count < options.MinArticles) continue;
            foreach (var missing in compared)
            {
                if (string.Equals(missing.Id, covered.Id, StringComparison.Ordinal)) continue;
                // total ≥ covered.Count ≥ MinArticles ≥ 1, so the division is defined.
                var share = (double)missing.Count / total;
                if (!IsMissingShare(share, options)) continue;
                candidates.Add(new Blindspot(covered.Id, missing.Id, covered.Count, missing.Count, share));
            }
        }
        candidates.Sort(Compare);
        return candidates;
    }

    private static bool IsMissingShare(double share, BlindspotOptions options) => share <= options.MaxShare + ShareTolerance;

    private static int Compare(Blindspot a, Blindspot b)
    {
        if (a.CoveredCount != b.CoveredCount) return b.CoveredCount.CompareTo(a.CoveredCount);
        if (a.MissingShare != b.MissingShare) return a.MissingShare.CompareTo(b.MissingShare);
        var byCovered = string.CompareOrdinal(a.CoveredBy, b.CoveredBy);
        return byCovered != 0 ? byCovered : string.CompareOrdinal(a.MissingFrom, b.MissingFrom);
    }
}
