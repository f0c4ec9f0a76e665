namespace Dashboard.Components.Theme;

/// <summary>
/// The reader's light/dark choice, kept in a cookie (set by dashboard.js when they toggle it) so the server renders the
/// first HTML in the chosen theme instead of flashing the other one.
/// </summary>
public static class ThemeCookie
{
    public const string Name = "dashboard-theme";

    /// <summary>"dark", "light", or null when the reader never chose (the system's preference applies).</summary>
    public static string? Read(HttpContext? context) =>
        context?.Request.Cookies[Name] is "dark" or "light" ? context.Request.Cookies[Name] : null;
}
