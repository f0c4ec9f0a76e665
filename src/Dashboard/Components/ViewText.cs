using System.Globalization;
using Dashboard.Overview;

namespace Dashboard.Components;

/// <summary>How a view reads in words ("last 24 h", "2025-11-24 00:00 – 2025-11-26 00:00 UTC"), for headers and summaries.</summary>
public static class ViewText
{
    public static string Range(ViewFilter filter) => filter.Range.IsLive
        ? $"last {filter.Range.PresetName!.Replace("h", " h").Replace("d", " d")}"
        : string.Create(CultureInfo.InvariantCulture, $"{filter.Range.From:yyyy-MM-dd HH:mm} – {filter.Range.To:yyyy-MM-dd HH:mm} UTC");

    /// <summary>The filters beyond topic and range, in a line ("China, Japan · 2 outlets · “taiwan”"), or "no filters".</summary>
    public static string Filters(ViewFilter filter, Func<string, string> perspectiveName)
    {
        var parts = new List<string>();
        if (filter.Perspectives.Count > 0) parts.Add(string.Join(", ", filter.Perspectives.Select(perspectiveName)));
        var outlets = filter.Sources.Count + (filter.Outlet is null ? 0 : 1);
        if (outlets > 0) parts.Add(Plural.Count(outlets, "outlet"));
        if (filter.Query is { } q) parts.Add($"“{q}”");
        return parts.Count == 0 ? "all perspectives and outlets" : string.Join(" · ", parts);
    }
}
