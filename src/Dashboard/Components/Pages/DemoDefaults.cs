using Dashboard.Overview;

namespace Dashboard.Components.Pages;

/// <summary>
/// Under --demo with Demo:OriginalDates the articles keep the seed digest's dates (24–25 Nov 2025), so a view that
/// names no time range shows that window instead of "the last 24 h", which would be empty. By default the demo dates
/// its articles up to its own start, so views keep their normal defaults.
/// </summary>
internal static class DemoDefaults
{
    public static readonly TimeRange SeedWindow = TimeRange.Fixed(
        new DateTime(2025, 11, 24, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 26, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>True when a view without a time range shows <see cref="SeedWindow"/> instead of its normal default.</summary>
    public static bool ShowsSeedWindow(AppMode mode) => mode.IsDemo && mode.OriginalDates;

    public static ViewFilter Apply(ViewFilter filter, IReadOnlyDictionary<string, string?> query, AppMode mode) =>
        ShowsSeedWindow(mode) && !query.ContainsKey("range") && !query.ContainsKey("from") && !query.ContainsKey("to")
            ? filter with { Range = SeedWindow }
            : filter;
}
