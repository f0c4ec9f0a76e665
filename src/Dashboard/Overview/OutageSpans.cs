namespace Dashboard.Overview;

/// <summary>
/// When were ALL of a perspective's feeds down? The intersection of each feed's outage periods, clipped to the
/// window. Pure, so the rule is tested on hand-computed periods.
/// </summary>
public static class OutageSpans
{
    /// <param name="perFeed">Each feed's outage periods [From, To); To null means still failing, i.e. until <paramref name="nowUtc"/>.</param>
    /// <returns>Disjoint periods in time order; none when there are no feeds (no feed, no outage to show).</returns>
    public static IReadOnlyList<(DateTime From, DateTime To)> AllDown(
        IReadOnlyList<IReadOnlyList<(DateTime From, DateTime? To)>> perFeed, DateTime windowFrom, DateTime windowTo, DateTime nowUtc)
    {
        if (perFeed.Count == 0) return [];
        IReadOnlyList<(DateTime From, DateTime To)> common = windowFrom < windowTo ? [(windowFrom, windowTo)] : [];
        foreach (var feed in perFeed)
        {
            if (common.Count == 0) break;
            common = Intersect(common, Union(feed.Select(p => (p.From, p.To ?? nowUtc))));
        }
        return common;
    }

    /// <summary>Sorted, disjoint periods covering the same time (overlapping or touching ones merged, empty ones dropped).</summary>
    internal static List<(DateTime From, DateTime To)> Union(IEnumerable<(DateTime From, DateTime To)> periods)
    {
        var merged = new List<(DateTime From, DateTime To)>();
        foreach (var p in periods.Where(p => p.From < p.To).OrderBy(p => p.From))
        {
            if (merged.Count > 0 && p.From <= merged[^1].To)
                merged[^1] = (merged[^1].From, p.To > merged[^1].To ? p.To : merged[^1].To);
            else
                merged.Add(p);
        }
        return merged;
    }

    /// <summary>Two sorted, disjoint lists walked together: each overlap is one output period.</summary>
    private static List<(DateTime From, DateTime To)> Intersect(IReadOnlyList<(DateTime From, DateTime To)> a, IReadOnlyList<(DateTime From, DateTime To)> b)
    {
        var result = new List<(DateTime From, DateTime To)>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            var from = a[i].From > b[j].From ? a[i].From : b[j].From;
            var to = a[i].To < b[j].To ? a[i].To : b[j].To;
            if (from < to) result.Add((from, to));
            if (a[i].To < b[j].To) i++; else j++;
        }
        return result;
    }
}
