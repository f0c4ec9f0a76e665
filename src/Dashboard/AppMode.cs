namespace Dashboard;

/// <summary>How the app was started: under --demo it replays the seed feeds into a throw-away database.</summary>
/// <param name="OriginalDates">
/// Under --demo with Demo:OriginalDates: the demo's articles keep the seed's 2025 dates instead of ending at the start.
/// </param>
public sealed record AppMode(bool IsDemo, bool OriginalDates = false);
