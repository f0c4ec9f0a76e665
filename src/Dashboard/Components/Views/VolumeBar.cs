using System.Globalization;
using Dashboard.Overview;

namespace Dashboard.Components.Views;

/// <summary>One stacked-column segment; every perspective gets every bucket (zero-filled) so stacks line up.</summary>
public sealed record VolumeBar(string Label, DateTime Start, TimeSpan Size, string PerspectiveId, int Count)
{
    public static IReadOnlyDictionary<string, List<VolumeBar>> Build(IReadOnlyList<VolumePoint> points, (DateTime From, DateTime To) window, IEnumerable<string> perspectives)
    {
        var starts = BucketStarts(window);
        var size = TimeRange.BucketFor(window.From, window.To);
        var counts = points.ToDictionary(p => (p.BucketStart, p.PerspectiveId), p => p.Count);
        return perspectives.ToDictionary(p => p, p => starts
            .Select(s => new VolumeBar(LabelFor(s, size, window), s, size, p, counts.GetValueOrDefault((s, p))))
            .ToList());
    }

    public static IReadOnlyList<DateTime> BucketStarts((DateTime From, DateTime To) window)
    {
        var size = TimeRange.BucketFor(window.From, window.To);
        var first = new DateTime(window.From.Ticks - window.From.Ticks % size.Ticks, DateTimeKind.Utc);
        var starts = new List<DateTime>();
        for (var t = first; t < window.To; t += size) starts.Add(t);
        return starts;
    }

    /// <summary>
    /// A bucket's axis label, unique within the window (tooltips map it back to its bucket): the date only where buckets
    /// are days, the time only where the buckets cover a day or less (a live 24 h window not on the hour spans 25 hourly
    /// buckets, the first and last at the same time of day).
    /// </summary>
    public static string LabelFor(DateTime start, TimeSpan size, (DateTime From, DateTime To) window)
    {
        var span = window.To - new DateTime(window.From.Ticks - window.From.Ticks % size.Ticks, DateTimeKind.Utc);
        var format = size >= TimeSpan.FromDays(1) ? (span > TimeSpan.FromDays(300) ? "yyyy-MM-dd" : "MMM d")
            : span <= TimeSpan.FromDays(1) ? "HH:mm"
            : "MMM d HH:mm";
        return start.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every how many buckets a label is drawn: a round step (hours, days) that keeps the axis at <paramref name="maxLabels"/>
    /// labels or fewer (12 at most), so they never crowd or rotate.
    /// </summary>
    public static int LabelInterval(int buckets, TimeSpan size, int maxLabels = 12)
    {
        int[] steps = size >= TimeSpan.FromDays(1) ? [1, 2, 3, 7, 14, 28, 56]
            : size >= TimeSpan.FromHours(1) ? [1, 2, 3, 4, 6, 12, 24, 48, 72]
            : [1, 2, 3, 6, 12, 24, 36, 72, 144];
        var needed = (int)Math.Ceiling(buckets / (double)Math.Clamp(maxLabels, 1, 12));
        return steps.FirstOrDefault(s => s >= needed, needed);
    }

    /// <summary>A whole-number step for the count axis, at most about six gridlines, never fractions of an article.</summary>
    public static int CountStep(int max)
    {
        foreach (var magnitude in new[] { 1, 10, 100, 1000, 10000, 100000, 1000000 })
            foreach (var m in new[] { 1, 2, 5 })
                if (m * magnitude * 6 >= max) return m * magnitude;
        return Math.Max(1, max / 6);
    }
}
