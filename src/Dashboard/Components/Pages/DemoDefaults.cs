using Dashboard.Overview;

namespace Dashboard.Components.Pages;

/// <summary>
/// The demo replays the seed digest's day (24–25 Nov 2025), so a demo view that names no time range shows
/// that window instead of "the last 24 h", which would be empty.
/// </summary>
internal static class DemoDefaults
{
    public static readonly TimeRange SeedWindow = TimeRange.Fixed(
        new DateTime(2025, 11, 24, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 26, 0, 0, 0, DateTimeKind.Utc));

    public static ViewFilter Apply(ViewFilter filter, IReadOnlyDictionary<string, string?> query, AppMode mode) =>
        mode.IsDemo && !query.ContainsKey("range") && !query.ContainsKey("from") && !query.ContainsKey("to")
            ? filter with { Range = SeedWindow }
            : filter;
}
