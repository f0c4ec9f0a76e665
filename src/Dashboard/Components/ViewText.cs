using System.Globalization;
using Dashboard.Overview;

namespace Dashboard.Components;

/// <summary>How a view reads in words ("last 24 h", "2025-11-24 00:00 – 2025-11-26 00:00 UTC"), for headers and summaries.</summary>
public static class ViewText
{
    public static string Range(ViewFilter filter) => filter.Range.IsLive
        ? $"last {filter.Range.PresetName!.Replace("h", " h").Replace("d", " d")}"
        : string.Create(CultureInfo.InvariantCulture, $"{filter.Range.From:yyyy-MM-dd HH:mm} – {filter.Range.To:yyyy-MM-dd HH:mm} UTC");
}
