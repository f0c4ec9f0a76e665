namespace Dashboard.Components;

/// <summary>
/// Wall-screen display: `kiosk=1` hides navigation and filter controls (`keep=range,perspectives` keeps some),
/// `theme=dark|light` overrides the system theme. Kiosk defaults to dark.
/// </summary>
public sealed record KioskOptions(bool Enabled, IReadOnlySet<string> KeptControls, string? Theme)
{
    public static readonly KioskOptions Off = new(false, new HashSet<string>(), null);
    public static readonly IReadOnlyList<string> Controls = ["topic", "range", "perspectives", "sources", "search"];

    public bool Shows(string control) => !Enabled || KeptControls.Contains(control);

    public string? EffectiveTheme => Theme is "dark" or "light" ? Theme : Enabled ? "dark" : null;

    public static KioskOptions From(IReadOnlyDictionary<string, string?> query)
    {
        var enabled = query.TryGetValue("kiosk", out var k) && k is "1" or "true";
        var kept = query.TryGetValue("keep", out var keep) && keep is not null
            ? keep.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(Controls.Contains).ToHashSet()
            : [];
        return new KioskOptions(enabled, kept, query.TryGetValue("theme", out var t) ? t : null);
    }
}
