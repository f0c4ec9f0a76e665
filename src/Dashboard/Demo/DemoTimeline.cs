namespace Dashboard.Demo;

/// <summary>
/// Where the demo puts the seed in time. By default every seed date moves by one constant so that the newest item is
/// dated at the demo's start: order and spacing stay the seed's, and the replayed day is "the last day" in every view
/// (dated in 2025 it would fall outside every preset range). With Demo:OriginalDates the seed keeps its own dates,
/// which reproducing seed 002's digest needs.
/// <para>
/// An item keeps its date whenever it is released, so one released late is dated some minutes before it appears, as
/// when a news search surfaces an article after it was published; no date is ever later than the start.
/// </para>
/// </summary>
public static class DemoTimeline
{
    /// <summary>
    /// What to add to every seed date: zero with <paramref name="originalDates"/>, else the start (cut to whole
    /// seconds, as RSS dates carry them, so a feed's pubDate is the item's date exactly) minus the newest seed date.
    /// </summary>
    public static TimeSpan Offset(IEnumerable<DemoItem> items, DateTimeOffset start, bool originalDates)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (originalDates) return TimeSpan.Zero;
        var newest = items.Max(item => item.Published);
        var anchor = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return anchor - newest;
    }
}
