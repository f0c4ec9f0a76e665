namespace Dashboard;

/// <summary>How the app was started: under --demo it replays the seed feeds into a throw-away database.</summary>
public sealed record AppMode(bool IsDemo);
