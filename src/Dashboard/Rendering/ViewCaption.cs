using System.Globalization;
using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Overview;

namespace Dashboard.Rendering;

/// <summary>
/// A view in words, for chart titles and link previews: "US vs China · last 24 h · China sources · “tariffs”".
/// Plain text: whoever shows it encodes it (Razor attributes, SVG text).
/// </summary>
public static class ViewCaption
{
    public const string Separator = " · ";

    public static string Describe(ViewFilter f, DashboardOptions options, PerspectiveCatalog perspectives)
    {
        var parts = new List<string> { options.Topics.FirstOrDefault(t => t.Id == f.Topic)?.Name ?? f.Topic, Range(f.Range) };
        if (f.Perspectives.Count > 0) parts.Add(string.Join(", ", f.Perspectives.Select(p => perspectives.Get(p).Name)) + " sources");
        if (f.Sources.Count > 0) parts.Add(string.Join(", ", f.Sources.Select(s => options.Sources.FirstOrDefault(o => o.Id == s)?.Name ?? s)));
        if (!string.IsNullOrEmpty(f.Outlet)) parts.Add(f.Outlet);
        if (!string.IsNullOrEmpty(f.Query)) parts.Add($"“{f.Query}”");
        return string.Join(Separator, parts);
    }

    /// <summary>"last 24 h", "last 7 days"; a frozen window as dates ("24–25 Nov 2025") or, off midnight, times in UTC.</summary>
    public static string Range(TimeRange range)
    {
        if (range.PresetName is { } preset)
            return preset.EndsWith('d') ? $"last {preset[..^1]} days" : $"last {preset[..^1]} h";
        var (from, to) = (range.From!.Value, range.To!.Value);
        if (from.TimeOfDay == TimeSpan.Zero && to.TimeOfDay == TimeSpan.Zero) return Days(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to).AddDays(-1));
        var toText = from.Date == to.Date ? Time("HH:mm", to) : Time("d MMM yyyy HH:mm", to);
        return $"{Time("d MMM yyyy HH:mm", from)} – {toText} UTC";
    }

    private static string Days(DateOnly first, DateOnly last)
    {
        if (first == last) return Day("d MMM yyyy", first);
        if (first.Year == last.Year && first.Month == last.Month) return $"{Day("%d", first)}–{Day("d MMM yyyy", last)}";
        if (first.Year == last.Year) return $"{Day("d MMM", first)} – {Day("d MMM yyyy", last)}";
        return $"{Day("d MMM yyyy", first)} – {Day("d MMM yyyy", last)}";
    }

    private static string Day(string format, DateOnly day) => day.ToString(format, CultureInfo.InvariantCulture);

    private static string Time(string format, DateTime utc) => utc.ToString(format, CultureInfo.InvariantCulture);
}
