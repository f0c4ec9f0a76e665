namespace Dashboard.Overview;

/// <summary>
/// What a view shows; the URL's query string is its serialised form (see ViewUrl), so opening a link
/// reproduces the view. Empty lists mean "all".
/// </summary>
public sealed record ViewFilter
{
    public required string Topic { get; init; }
    public TimeRange Range { get; init; } = TimeRange.Preset("24h");
    public IReadOnlyList<string> Perspectives { get; init; } = [];
    /// <summary>Registry source ids.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>An outlet the registry does not know, by its exact name: articles with no registry source and that outlet name.</summary>
    public string? Outlet { get; init; }
    /// <summary>Free text matched against titles and snippets (case-insensitive substring).</summary>
    public string? Query { get; init; }

    // Records compare lists by reference; a view is equal to another when it shows the same thing, so the
    // id lists compare as sets (their order never changes what is shown).
    public bool Equals(ViewFilter? other) =>
        other is not null && Topic == other.Topic && Range == other.Range && Query == other.Query && Outlet == other.Outlet
        && SameSet(Perspectives, other.Perspectives) && SameSet(Sources, other.Sources);

    public override int GetHashCode() => HashCode.Combine(Topic, Range, Query, Outlet, SetHash(Perspectives), SetHash(Sources));

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        ReferenceEquals(a, b) || a.ToHashSet(StringComparer.Ordinal).SetEquals(b);

    private static int SetHash(IReadOnlyList<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Aggregate(0, (h, id) => h ^ StringComparer.Ordinal.GetHashCode(id));
}

/// <summary>A live preset ("1h", "6h", "24h", "7d", "30d": ends now, moves with time) or a frozen from/to (UTC).</summary>
public sealed record TimeRange
{
    public static readonly IReadOnlyList<string> Presets = ["1h", "6h", "24h", "7d", "30d"];

    public string? PresetName { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }

    public bool IsLive => PresetName is not null;

    public static TimeRange Preset(string name) => new() { PresetName = name };
    public static TimeRange Fixed(DateTime fromUtc, DateTime toUtc) => new() { From = fromUtc, To = toUtc };

    /// <summary>The concrete [from, to) window at <paramref name="nowUtc"/>.</summary>
    public (DateTime From, DateTime To) Resolve(DateTime nowUtc) => PresetName switch
    {
        "1h" => (nowUtc.AddHours(-1), nowUtc),
        "6h" => (nowUtc.AddHours(-6), nowUtc),
        "24h" => (nowUtc.AddHours(-24), nowUtc),
        "7d" => (nowUtc.AddDays(-7), nowUtc),
        "30d" => (nowUtc.AddDays(-30), nowUtc),
        null => (From!.Value, To!.Value),
        _ => throw new InvalidOperationException($"view: unknown range preset '{PresetName}'"),
    };

    /// <summary>Chart bucket that fits the window: 5 min up to 6 h, 1 h up to 7 d, else 1 day.</summary>
    public static TimeSpan BucketFor(DateTime from, DateTime to) => (to - from) switch
    {
        var d when d <= TimeSpan.FromHours(6) => TimeSpan.FromMinutes(5),
        var d when d <= TimeSpan.FromDays(7) => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };
}
