namespace Dashboard.Stories;

/// <summary>B-cubed precision, recall and F1 of a clustering against gold labels.</summary>
public readonly record struct BCubedScore(double Precision, double Recall, double F1);

/// <summary>
/// B-cubed (Bagga and Baldwin 1998): for each item, precision is the share of its predicted cluster that shares its
/// gold label and recall the share of its gold cluster that shares its predicted cluster; both are averaged over
/// items, so a big story weighs by its articles, not once.
/// </summary>
public static class BCubed
{
    public static BCubedScore Score<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted must label the same items", nameof(predicted));
        if (gold.Count == 0) return new BCubedScore(1, 1, 1);

        var goldSize = new Dictionary<TGold, int>();
        var predictedSize = new Dictionary<TPredicted, int>();
        var overlap = new Dictionary<(TGold, TPredicted), int>();
        for (var i = 0; i < gold.Count; i++)
        {
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
            predictedSize[predicted[i]] = predictedSize.GetValueOrDefault(predicted[i]) + 1;
            overlap[(gold[i], predicted[i])] = overlap.GetValueOrDefault((gold[i], predicted[i])) + 1;
        }

        // Each of the n items in an overlap cell scores n / |its predicted cluster| and n / |its gold cluster|.
        double precision = 0, recall = 0;
        foreach (var ((g, p), n) in overlap)
        {
            precision += (double)n * n / predictedSize[p];
            recall += (double)n * n / goldSize[g];
        }
        precision /= gold.Count;
        recall /= gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubedScore(precision, recall, f1);
    }
}
