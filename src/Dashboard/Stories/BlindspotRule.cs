namespace Dashboard.Stories;

/// <summary>Thresholds of <see cref="BlindspotRule"/>.</summary>
public sealed record BlindspotOptions
{
    /// <summary>Least articles the covering perspective needs, so two stray articles do not make a blindspot.</summary>
    public int MinArticles { get; init; } = 3;

    /// <summary>Largest share (inclusive, 0–1) of the compared perspectives' articles that the missing perspective may have.</summary>
    public double MaxShare { get; init; } = 0.2;

    /// <summary>
    /// The perspectives compared. Only these count, as covering, missing or in the share's denominator: with many
    /// configured perspectives almost every story would be a blindspot of some minor one.
    /// </summary>
    public IReadOnlyList<string> Perspectives { get; init; } = ["us", "china"];
}

/// <summary>A story covered by one perspective and (almost) ignored by another.</summary>
/// <param name="MissingShare">MissingCount / (articles of all compared perspectives).</param>
public sealed record Blindspot(string CoveredBy, string MissingFrom, int CoveredCount, int MissingCount, double MissingShare);

/// <summary>
/// Decides whether a story is a blindspot: some compared perspective has at least MinArticles articles on it while
/// another compared perspective has at most MaxShare of the compared perspectives' articles on it.
/// </summary>
public static class BlindspotRule
{
    // A configured share such as 0.1 + 0.2 is not exactly 0.3 in binary; the tolerance keeps the bound inclusive
    // for such values while being far below the smallest real difference between two shares of article counts.
    private const double ShareTolerance = 1e-9;

    /// <summary>
    /// The blindspot of a story with the given article counts per perspective (a compared perspective missing from
    /// the dictionary has 0), or null when it is none. When several (covered, missing) pairs qualify: the largest
    /// covered count, then the smallest missing share, then CoveredBy and MissingFrom ordinal.
    /// </summary>
    public static Blindspot? Evaluate(IReadOnlyDictionary<string, int> countsByPerspective, BlindspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(countsByPerspective);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Perspectives);
        if (options.MinArticles < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MinArticles, "BlindspotOptions.MinArticles must be at least 1.");
        if (!(options.MaxShare is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxShare, "BlindspotOptions.MaxShare must be between 0 and 1.");

        var compared = options.Perspectives.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Count: countsByPerspective.GetValueOrDefault(id)))
            .ToList();
        foreach (var (id, count) in compared)
            if (count < 0) throw new ArgumentException($"Article count of '{id}' is negative ({count}).", nameof(countsByPerspective));
        var total = compared.Sum(p => (long)p.Count);

        Blindspot? best = null;
        foreach (var covered in compared)
        {
            if (covered.Count < options.MinArticles) continue;
            foreach (var missing in compared)
            {
                if (string.Equals(missing.Id, covered.Id, StringComparison.Ordinal)) continue;
                // total ≥ covered.Count ≥ MinArticles ≥ 1, so the division is defined.
                var share = (double)missing.Count / total;
                if (share > options.MaxShare + ShareTolerance) continue;
                var candidate = new Blindspot(covered.Id, missing.Id, covered.Count, missing.Count, share);
                if (best is null || IsBetter(candidate, best)) best = candidate;
            }
        }
        return best;
    }

    private static bool IsBetter(Blindspot a, Blindspot b)
    {
        if (a.CoveredCount != b.CoveredCount) return a.CoveredCount > b.CoveredCount;
        if (a.MissingShare != b.MissingShare) return a.MissingShare < b.MissingShare;
        var byCovered = string.CompareOrdinal(a.CoveredBy, b.CoveredBy);
        return byCovered != 0 ? byCovered < 0 : string.CompareOrdinal(a.MissingFrom, b.MissingFrom) < 0;
    }
}
