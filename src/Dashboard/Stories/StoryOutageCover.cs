using Dashboard.Overview;

namespace Dashboard.Stories;

/// <summary>How much of a story's time one perspective's feeds were all down.</summary>
/// <param name="Spans">
/// The perspective's all-down periods within the story, clipped to it (so the same story reads the same however wide a
/// window its outages were read over), in time order; for a story of one instant, the periods containing it, whole.
/// </param>
/// <param name="Fraction">0–1: the part of [FirstAt, LastAt] inside them; for a story of one instant, 1 if it falls in one, else 0.</param>
public sealed record StoryOutageCover(IReadOnlyList<(DateTime From, DateTime To)> Spans, double Fraction)
{
    /// <summary>
    /// The cover of [first, last] by the all-down periods of <paramref name="perspectiveId"/> among <paramref name="outages"/>,
    /// whose periods are half-open [From, To) as <see cref="OutageSpans.AllDown"/> gives them.
    /// </summary>
    public static StoryOutageCover Of(IEnumerable<OutageSpan> outages, string perspectiveId, DateTime first, DateTime last)
    {
        if (last < first) throw new ArgumentException($"The story ends ({last:u}) before it starts ({first:u}).", nameof(last));
        // Merged, so a period listed twice is not counted twice.
        var down = OutageSpans.Union(outages.Where(o => string.Equals(o.PerspectiveId, perspectiveId, StringComparison.Ordinal)).Select(o => (o.From, o.To)));
        if (last == first)
        {
            var containing = down.Where(d => d.From <= first && first < d.To).ToList();
            return new StoryOutageCover(containing, containing.Count > 0 ? 1 : 0);
        }
        var within = down.Where(d => d.From < last && d.To > first)
            .Select(d => (From: d.From > first ? d.From : first, To: d.To < last ? d.To : last)).ToList();
        return new StoryOutageCover(within, (double)within.Sum(d => (d.To - d.From).Ticks) / (last - first).Ticks);
    }
}
