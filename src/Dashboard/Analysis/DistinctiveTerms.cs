namespace Dashboard.Analysis;

/// <summary>
/// Which terms each perspective uses more than the other perspectives: the weighted log-odds ratio with an
/// informative Dirichlet prior of Monroe, Colaresi &amp; Quinn (2008), "Fightin' Words", section 3.5.3.
/// Each perspective i is compared with all other perspectives together (j):
/// <code>
/// α_w = α0 · (background count of w) / (background total)
/// δ_w = log((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α0 − y_jw − α_w))
/// σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w),   z_w = δ_w / σ_w
/// </code>
/// Raw frequency differences rank common words first and raw log-odds rank one-off words first; the prior
/// shrinks rare words towards the background rate and z divides by the remaining uncertainty, so a term
/// ranks high only when the difference is both large and well supported.
/// <para>
/// Counts are <b>document frequencies</b>: a term counts once per document, however often the document repeats it,
/// so one headline that says "tariff" three times (headline + snippet often repeat the key word) weighs as much as
/// any other single article. y_iw is the number of documents of i containing w, and n_i the sum of y_iw over all
/// terms (the document-term pairs of i), so the counts form the multinomial table the model expects.
/// </para>
/// </summary>
public static class DistinctiveTerms
{
    /// <summary>
    /// Default prior weight α0, in document-term pairs. A headline plus snippet gives roughly 20 distinct terms,
    /// so 500 is the weight of about 25 documents: it damps a perspective with a handful of articles (where a word
    /// in 2 of 3 documents would otherwise look decisive) and is outweighed by a day's hundreds of articles, since
    /// α_w = 500 · y_w / N shrinks as the corpus total N grows.
    /// </summary>
    public const double DefaultAlpha0 = 500;

    /// <summary>
    /// The top terms of each perspective: z &gt; 0, seen in at least <paramref name="minCount"/> documents of that
    /// perspective, ordered by z descending then term (ordinal). Perspectives come ordered by id (ordinal); a
    /// perspective with no documents is absent. With fewer than two perspectives there is nothing to compare, so
    /// each is returned with an empty term list.
    /// </summary>
    /// <param name="documents">The documents; each is tokenized with <see cref="TermTokenizer"/>.</param>
    /// <param name="top">How many terms to keep per perspective.</param>
    /// <param name="alpha0">Total weight α0 of the prior (see <see cref="DefaultAlpha0"/>); must be positive.</param>
    /// <param name="minCount">Least number of documents of the perspective that must contain a term.</param>
    /// <param name="background">
    /// Optional extra background document frequencies (term as produced by <see cref="TermTokenizer"/> → documents
    /// containing it), e.g. a longer period, added to the input's own counts to form the prior. It shapes only α_w;
    /// terms absent from the input are never reported.
    /// </param>
    public static IReadOnlyList<PerspectiveTerms> Compute(IEnumerable<TermDocument> documents, int top = 10,
        double alpha0 = DefaultAlpha0, int minCount = 2, IReadOnlyDictionary<string, int>? background = null)
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
            foreach (var term in TermTokenizer.Tokenize(document.Text).Distinct(StringComparer.Ordinal))
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
