using Dashboard.Overview;

namespace Dashboard.Components.Views;

/// <summary>One stacked-column segment; every perspective gets every bucket (zero-filled) so stacks line up.</summary>
public sealed record VolumeBar(string Label, DateTime Start, TimeSpan Size, string PerspectiveId, int Count)
{
    public static IReadOnlyDictionary<string, List<VolumeBar>> Build(IReadOnlyList<VolumePoint> points, (DateTime From, DateTime To) window, IEnumerable<string> perspectives)
    {
        var size = TimeRange.BucketFor(window.From, window.To);
        var first = new DateTime(window.From.Ticks - window.From.Ticks % size.Ticks, DateTimeKind.Utc);
        var starts = new List<DateTime>();
        for (var t = first; t < window.To; t += size) starts.Add(t);
        var counts = points.ToDictionary(p => (p.BucketStart, p.PerspectiveId), p => p.Count);
        return perspectives.ToDictionary(p => p, p => starts
            .Select(s => new VolumeBar(LabelFor(s, size), s, size, p, counts.GetValueOrDefault((s, p))))
            .ToList());
    }

    private static string LabelFor(DateTime start, TimeSpan size) =>
        size >= TimeSpan.FromDays(1) ? start.ToString("MM-dd") : size >= TimeSpan.FromHours(1) ? start.ToString("MM-dd HH:00") : start.ToString("HH:mm");
}
