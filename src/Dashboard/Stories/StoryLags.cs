using Dashboard.Live;

namespace Dashboard.Stories;

/// <summary>Who reported first: each perspective's first article, and the others' delay after the first one.</summary>
public static class StoryLags
{
    public static IReadOnlyList<StoryFirstReport> FirstReports(IEnumerable<ArticleSummary> articles) => articles
        .GroupBy(a => a.PerspectiveId, StringComparer.Ordinal)
        .Select(g => new StoryFirstReport(g.Key, g.OrderBy(a => a.SortAt).ThenBy(a => a.Id).First()))
        .OrderBy(r => r.Article.SortAt).ThenBy(r => r.PerspectiveId, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<StoryLag> Lags(IReadOnlyList<StoryFirstReport> firstReports) => firstReports.Count < 2
        ? []
        : firstReports.Skip(1)
            .Select(r => new StoryLag(firstReports[0].PerspectiveId, r.PerspectiveId, r.Article.SortAt - firstReports[0].Article.SortAt))
            .ToList();

    /// <summary>"China sources first, 3 h 10 min before United States sources".</summary>
    public static string Describe(StoryLag lag, Func<string, string> perspectiveName) => lag.Gap < TimeSpan.FromMinutes(1)
        ? $"{perspectiveName(lag.FirstPerspectiveId)} and {perspectiveName(lag.LaterPerspectiveId)} sources within the same minute"
        : $"{perspectiveName(lag.FirstPerspectiveId)} sources first, {Duration(lag.Gap)} before {perspectiveName(lag.LaterPerspectiveId)} sources";

    /// <summary>"3 h 10 min", "2 d 4 h", "45 min".</summary>
    public static string Duration(TimeSpan gap)
    {
        var minutes = (long)Math.Floor(gap.TotalMinutes);
        if (minutes < 60) return $"{minutes} min";
        var (days, hours, rest) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        if (days > 0) return hours > 0 ? $"{days} d {hours} h" : $"{days} d";
        return rest > 0 ? $"{hours} h {rest} min" : $"{hours} h";
    }
}
