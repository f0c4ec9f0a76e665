using System.Globalization;
using Dashboard.Configuration;

namespace Dashboard.Components;

/// <summary>
/// `/wall?views=overview:us-china,overview:us-china-trade&amp;every=60s`: the views a wall screen rotates through.
/// Bad entries are skipped with a notice; an empty playlist falls back to the first topic's overview.
/// </summary>
public sealed record WallPlaylist(IReadOnlyList<string> Topics, TimeSpan Every, IReadOnlyList<string> Notices)
{
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan MinEvery = TimeSpan.FromSeconds(10);

    public static WallPlaylist Parse(IReadOnlyDictionary<string, string?> query, DashboardOptions options)
    {
        var notices = new List<string>();
        var topics = new List<string>();
        var views = query.TryGetValue("views", out var v) && !string.IsNullOrWhiteSpace(v) ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        foreach (var view in views)
        {
            var (kind, topic) = view.Split(':', 2) is [var k, var t] ? (k, t) : ("overview", view);
            var known = options.Topics.FirstOrDefault(x => string.Equals(x.Id, topic, StringComparison.OrdinalIgnoreCase));
            if (kind != "overview") notices.Add($"view kind '{kind}' is not supported (use overview:<topic>): '{view}' skipped");
            else if (known is null) notices.Add($"unknown topic '{topic}': '{view}' skipped");
            else topics.Add(known.Id);
        }
        if (topics.Count == 0 && options.Topics.Count > 0) topics.Add(options.Topics[0].Id);
        return new WallPlaylist(topics, ParseEvery(query.GetValueOrDefault("every"), notices), notices);
    }

    private static TimeSpan ParseEvery(string? every, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(every)) return DefaultEvery;
        var unit = every[^1];
        var number = unit is 's' or 'm' ? every[..^1] : every;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            notices.Add($"every '{every}' is not a duration like 60s or 2m: rotating every {DefaultEvery.TotalSeconds:0}s");
            return DefaultEvery;
        }
        var span = unit == 'm' ? TimeSpan.FromMinutes(n) : TimeSpan.FromSeconds(n);
        if (span >= MinEvery) return span;
        notices.Add($"every '{every}' is below {MinEvery.TotalSeconds:0}s: rotating every {MinEvery.TotalSeconds:0}s");
        return MinEvery;
    }
}
