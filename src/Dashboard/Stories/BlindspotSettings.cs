using Dashboard.Configuration;

namespace Dashboard.Stories;

public static class BlindspotSettings
{
    /// <summary>The rule's options from configuration; no compared perspectives configured means the first two.</summary>
    public static BlindspotOptions From(DashboardOptions options) => new()
    {
        MinArticles = options.Blindspots.MinArticles,
        MinStoryArticles = options.Blindspots.MinStoryArticles,
        MaxShare = options.Blindspots.MaxShare,
        Perspectives = options.Blindspots.Perspectives.Count > 0
            ? options.Blindspots.Perspectives
            : options.Perspectives.Take(2).Select(p => p.Id).ToList(),
        Names = options.Perspectives.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase),
    };
}
