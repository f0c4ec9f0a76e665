using Dashboard.Classifying;
using Dashboard.Configuration;

namespace Dashboard.Overview;

/// <summary>
/// One parse of a view's query string. Every parameter is read leniently: a bad value falls back to its
/// default and leaves a notice for the page to show, because a link must always open some view.
/// </summary>
internal sealed class ViewUrlParser(IReadOnlyDictionary<string, string?> query, DashboardOptions options)
{
    public const int MaxQueryLength = 200;
    /// <summary>Articles.Outlet's column length: a longer name matches nothing.</summary>
    public const int MaxOutletLength = 200;
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(366);
    public const string DefaultRange = "24h";

    private static readonly string[] ViewKeys = ["topic", "range", "from", "to", "persp", "src", "outlet", "q"];

    private readonly List<string> _notices = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public ViewParseResult Parse()
    {
        foreach (var (key, value) in query)
        {
            if (ViewUrl.DisplayKeys.Contains(key)) continue;
            if (!ViewKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) _notices.Add($"unknown parameter '{key}' ignored");
            else if (!_values.TryAdd(key, value?.Trim() ?? "")) _notices.Add($"duplicate parameter '{key}' ignored");
        }
        var filter = new ViewFilter
        {
            Topic = ParseTopic(),
            Range = ParseRange(),
            Perspectives = ParseList("persp", "perspective",
                [.. options.Perspectives.Select(p => p.Id), Classification.UnclassifiedId]),
            Sources = ParseList("src", "source", options.Sources.Select(s => s.Id).ToList()),
            Outlet = ParseOutlet(),
            Query = ParseQuery(),
        };
        return new ViewParseResult(filter, _notices);
    }

    private string? Value(string key) => _values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    private string ParseTopic()
    {
        var fallback = options.Topics.FirstOrDefault();
        if (Value("topic") is not { } wanted) return fallback?.Id ?? "";
        if (options.Topics.FirstOrDefault(t => string.Equals(t.Id, wanted, StringComparison.OrdinalIgnoreCase)) is { } topic) return topic.Id;
        _notices.Add($"unknown topic '{wanted}': showing {(fallback is null ? "no topic" : fallback.Name)}");
        return fallback?.Id ?? "";
    }

    private TimeRange ParseRange()
    {
        var preset = DefaultRange;
        if (Value("range") is { } wanted)
        {
            if (TimeRange.Presets.FirstOrDefault(p => string.Equals(p, wanted, StringComparison.OrdinalIgnoreCase)) is { } known) preset = known;
            else _notices.Add($"range '{wanted}' is not one of {string.Join(", ", TimeRange.Presets)}: showing {DefaultRange}");
        }
        var (fromText, toText) = (Value("from"), Value("to"));
        if (fromText is null && toText is null) return TimeRange.Preset(preset);

        var problem = FixedRangeProblem(fromText, toText, out var from, out var to);
        if (problem is not null)
        {
            _notices.Add($"{problem}: showing {preset}");
            return TimeRange.Preset(preset);
        }
        if (Value("range") is { } ignored) _notices.Add($"range '{ignored}' ignored: 'from' and 'to' are given");
        return TimeRange.Fixed(from, to);
    }

    private static string? FixedRangeProblem(string? fromText, string? toText, out DateTime from, out DateTime to)
    {
        (from, to) = (default, default);
        if (fromText is null) return "'to' needs 'from' as well";
        if (toText is null) return "'from' needs 'to' as well";
        if (ViewTimes.Parse(fromText) is not { } f) return $"'from' '{fromText}' is not a UTC time like {ViewTimes.Example}";
        if (ViewTimes.Parse(toText) is not { } t) return $"'to' '{toText}' is not a UTC time like {ViewTimes.Example}";
        if (f >= t) return "'from' must be before 'to'";
        if (t - f > MaxSpan) return $"'from' to 'to' spans more than {MaxSpan.TotalDays} days";
        (from, to) = (f, t);
        return null;
    }

    /// <summary>A comma list of known ids, in configured order and casing, each once; unknown ones are reported.</summary>
    private IReadOnlyList<string> ParseList(string key, string noun, IReadOnlyList<string> known)
    {
        if (Value(key) is not { } text) return [];
        var picked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (known.FirstOrDefault(k => string.Equals(k, item, StringComparison.OrdinalIgnoreCase)) is { } id) picked.Add(id);
            else _notices.Add($"unknown {noun} '{item}' ignored");
        }
        return known.Where(picked.Contains).ToList();
    }

    /// <summary>One outlet name, exact (names may contain commas, so it is not a list).</summary>
    private string? ParseOutlet()
    {
        if (Value("outlet") is not { } outlet) return null;
        if (outlet.Length <= MaxOutletLength) return outlet;
        _notices.Add($"outlet name is longer than {MaxOutletLength} characters: outlet filter ignored");
        return null;
    }

    private string? ParseQuery()
    {
        if (Value("q") is not { } q) return null;
        if (q.Length <= MaxQueryLength) return q;
        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(q[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength;
        _notices.Add($"search text is longer than {MaxQueryLength} characters: cut to {MaxQueryLength}");
        return q[..length].TrimEnd();
    }
}
