using System.Buffers;

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

    /// <summary>The z a term must reach to be listed by a view: significant at the 5 % level (two-sided 1.96).</summary>
    public const double SignificantZ = 1.96;

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
    /// <param name="minZ">Least z a term must reach (besides z &gt; 0), e.g. <see cref="SignificantZ"/>.</param>
    /// <param name="background">
    /// Optional extra background document frequencies (term as produced by <see cref="TermTokenizer"/> → documents
    /// containing it), e.g. a longer period, added to the input's own counts to form the prior. It shapes only α_w;
    /// terms absent from the input are never reported.
    /// </param>
    public static IReadOnlyList<PerspectiveTerms> Compute(IEnumerable<TermDocument> documents, int top = 10,
        double alpha0 = DefaultAlpha0, int minCount = 2, IReadOnlyDictionary<string, int>? background = null, double minZ = 0)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (!double.IsFinite(alpha0) || alpha0 <= 0)
            throw new ArgumentOutOfRangeException(nameof(alpha0), alpha0, "alpha0 must be a positive finite number.");
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);

        // Ordinal-sorted so the output order never depends on input order or culture.
        var perspectives = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var terms = new TermTable<TermCounts>();
        try
        {
            Count(documents, perspectives, terms);
            return Rank(perspectives, terms, top, alpha0, minCount, background, minZ);
        }
        finally
        {
            terms.Dispose();
            foreach (var tally in perspectives.Values) tally.Dispose();
        }
    }

    /// <summary>Document frequencies per perspective and in the whole corpus.</summary>
    private static void Count(IEnumerable<TermDocument> documents, SortedDictionary<string, Tally> perspectives, TermTable<TermCounts> terms)
    {
        // Word as read → its term's id, or -1 when the word is dropped. A word always folds to the same term, and
        // most words recur, so each distinct word is folded (and stop-word checked) once per call.
        using var folds = new TermTable<int>();
        var documentNumber = 0;
        foreach (var document in documents)
        {
            if (document is null) throw new ArgumentException("documents must not contain null.", nameof(documents));
            if (string.IsNullOrEmpty(document.PerspectiveId))
                throw new ArgumentException("Every document needs a perspective id.", nameof(documents));
            if (!perspectives.TryGetValue(document.PerspectiveId, out var tally))
                perspectives.Add(document.PerspectiveId, tally = new Tally());
            tally.Documents++;
            documentNumber++;
            foreach (var word in TermTokenizer.Words(document.Text))
            {
                var wordId = folds.Id(word.Text, out var added);
                if (added)
                {
                    var term = word.Fold();
                    folds.Value(wordId) = term.IsEmpty ? -1 : terms.Id(term, out _);
                }
                var id = folds.Value(wordId);
                if (id < 0) continue;
                ref var counts = ref terms.Value(id);
                // Document frequency: a term repeated within the document counts once.
                if (counts.LastDocument == documentNumber) continue;
                counts.LastDocument = documentNumber;
                counts.Documents++;
                tally.Count(id);
            }
        }
    }

    private static List<PerspectiveTerms> Rank(SortedDictionary<string, Tally> perspectives, TermTable<TermCounts> terms,
        int top, double alpha0, int minCount, IReadOnlyDictionary<string, int>? background, double minZ)
    {
        long corpusTotal = perspectives.Values.Sum(t => t.Total);
        long backgroundTotal = corpusTotal;
        if (background is not null)
            foreach (var (term, count) in background)
            {
                if (count < 0) throw new ArgumentException($"Background count of '{term}' is negative ({count}).", nameof(background));
                backgroundTotal += count;
            }

        // z descending then term (ordinal, as string.CompareOrdinal): a total order, since terms are distinct, so
        // neither the order the candidates are found in nor the way the best are picked changes the result.
        Comparison<Candidate> order = (a, b) => b.Z != a.Z ? b.Z.CompareTo(a.Z) : terms.Key(a.Id).SequenceCompareTo(terms.Key(b.Id));
        var result = new List<PerspectiveTerms>(perspectives.Count);
        var candidates = ArrayPool<Candidate>.Shared.Rent(Math.Max(terms.Count, 1));
        try
        {
            foreach (var (id, tally) in perspectives)
            {
                if (perspectives.Count < 2 || top == 0)
                {
                    result.Add(new PerspectiveTerms(id, tally.Documents, []));
                    continue;
                }
                double ni = tally.Total, nj = corpusTotal - tally.Total;
                var found = 0;
                for (var termId = 0; termId < tally.Length; termId++)
                {
                    var yiCount = tally[termId];
                    if (yiCount < minCount) continue;
                    var corpusCount = terms.Value(termId).Documents;
                    var yjCount = corpusCount - yiCount;
                    double yi = yiCount, yj = yjCount;
                    var backgroundCount = background is null ? 0 : background.GetValueOrDefault(terms.Key(termId).ToString());
                    var alphaW = alpha0 * (corpusCount + backgroundCount) / backgroundTotal;
                    var restI = ni + alpha0 - yi - alphaW;
                    var restJ = nj + alpha0 - yj - alphaW;
                    // Zero only when w is the whole background (every document holds this one term): no odds to compare.
                    if (restI <= 0 || restJ <= 0) continue;
                    var delta = Math.Log((yi + alphaW) / restI) - Math.Log((yj + alphaW) / restJ);
                    var z = delta / Math.Sqrt(1 / (yi + alphaW) + 1 / (yj + alphaW));
                    if (z > 0 && z >= minZ) candidates[found++] = new Candidate(termId, z, delta, yiCount, yjCount);
                }
                var best = Best(candidates.AsSpan(0, found), top, order);
                var kept = new DistinctiveTerm[best.Length];
                for (var i = 0; i < kept.Length; i++)
                {
                    var c = best[i];
                    kept[i] = new DistinctiveTerm(terms.Key(c.Id).ToString(), c.Z, c.Delta, c.Count, c.OtherCount);
                }
                result.Add(new PerspectiveTerms(id, tally.Documents, kept));
            }
        }
        finally
        {
            ArrayPool<Candidate>.Shared.Return(candidates);
        }
        return result;
    }

    /// <summary>The first <paramref name="top"/> of <paramref name="candidates"/> in <paramref name="order"/>, sorted.</summary>
    private static Span<Candidate> Best(Span<Candidate> candidates, int top, Comparison<Candidate> order)
    {
        if (candidates.Length > 2 * top)
        {
            // Thousands of candidates for a top ten: one pass keeping the best so far in a heap whose root is the
            // worst of them, then sort only those.
            var heap = new PriorityQueue<Candidate, Candidate>(top, Comparer<Candidate>.Create((a, b) => order(b, a)));
            foreach (var c in candidates)
                if (heap.Count < top) heap.Enqueue(c, c);
                else if (order(c, heap.Peek()) < 0) heap.DequeueEnqueue(c, c);
            candidates = candidates[..heap.Count];
            for (var i = 0; heap.Count > 0; i++) candidates[i] = heap.Dequeue();
        }
        candidates.Sort(order);
        return candidates[..Math.Min(top, candidates.Length)];
    }

    private readonly record struct Candidate(int Id, double Z, double Delta, int Count, int OtherCount);

    /// <summary>Per term: documents containing it, and the last document (numbered from 1) that counted it.</summary>
    private struct TermCounts
    {
        public int Documents;
        public int LastDocument;
    }

    /// <summary>Documents of one perspective and its document frequency per term id, in a pooled array.</summary>
    private sealed class Tally : IDisposable
    {
        private int[] _counts = [];

        public int Documents;
        public long Total;

        /// <summary>Term ids below this may have a count; the rest have none.</summary>
        public int Length { get; private set; }

        public int this[int id] => _counts[id];

        public void Count(int id)
        {
            if (id >= Length) Extend(id + 1);
            _counts[id]++;
            Total++;
        }

        // Apart from Count so that Count, which runs for every term of every document, is small enough to inline.
        private void Extend(int length)
        {
            if (length > _counts.Length) _counts = PooledArray.Grow(_counts, Length, length);
            _counts.AsSpan(Length, length - Length).Clear();
            Length = length;
        }

        public void Dispose() => PooledArray.Return(ref _counts);
    }
}
