namespace Dashboard.Components.Theme;

/// <summary>The theme the reader chose last (from the cookie), cascaded to the layout; null when never chosen.</summary>
public sealed record ThemeChoice(string? Preference);
