using Dashboard.Digest;

namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    private static void CheckAnalysis(DashboardOptions options, IReadOnlyList<string> perspectives, ConfigurationProblems problems)
    {
        InRange(problems, "Stories:WindowHours", options.Stories.WindowHours, 1, 24 * 14);
        if (options.Stories.Threshold is { } threshold) InRange(problems, "Stories:Threshold", threshold, 0.01, 1);
        InRange(problems, "Stories:TopStories", options.Stories.TopStories, 1, 100);
        for (var i = 0; i < options.Stories.Aliases.Count; i++)
        {
            var alias = options.Stories.Aliases[i];
            if (string.IsNullOrWhiteSpace(alias.Entity)) problems.Add($"Stories:Aliases:{i}:Entity", "is empty (name the entity, e.g. xi-jinping)");
            if (alias.Names.Count == 0 || alias.Names.Any(string.IsNullOrWhiteSpace))
                problems.Add($"Stories:Aliases:{i}:Names", $"needs one or more non-empty names for '{alias.Entity}'");
        }

        AtLeast(problems, "Blindspots:MinArticles", options.Blindspots.MinArticles, 1);
        // Zero would judge a story with no compared article, whose silence says nothing about either side.
        if (options.Blindspots.MinStoryArticles < 1)
            problems.Add("Blindspots:MinStoryArticles",
                $"{options.Blindspots.MinStoryArticles} is out of range (at least 1): a story needs articles of the compared perspectives to be judged a blindspot");
        InRange(problems, "Blindspots:MaxShare", options.Blindspots.MaxShare, 0, 0.5);
        var compared = options.Blindspots.Perspectives;
        for (var i = 0; i < compared.Count; i++)
            if (!perspectives.Contains(compared[i], StringComparer.OrdinalIgnoreCase))
                problems.Add($"Blindspots:Perspectives:{i}", $"unknown perspective '{compared[i]}' (configured: {string.Join(", ", perspectives)})");
        if (compared.Count == 1) problems.Add("Blindspots:Perspectives", "needs at least two perspectives to compare (or none for the first two configured)");

        InRange(problems, "Alerts:ZThreshold", options.Alerts.ZThreshold, 0.5, 100);
        AtLeast(problems, "Alerts:MinCount", options.Alerts.MinCount, 1);
        InRange(problems, "Alerts:BaselineDays", options.Alerts.BaselineDays, 2, 60);
        InRange(problems, "Alerts:CheckSeconds", options.Alerts.CheckSeconds, 5, 3600);

        if (DigestClock.TryFindTimeZone(options.Digest.TimeZone, out _) is false)
            problems.Add("Digest:TimeZone", $"unknown time zone '{options.Digest.TimeZone}' (use an IANA id such as UTC or Asia/Shanghai)");
        if (DigestClock.TryParseDayEnd(options.Digest.DayEndsAt, out _) is false)
            problems.Add("Digest:DayEndsAt", $"'{options.Digest.DayEndsAt}' is not a time of day (use HH:mm, 00:01–24:00)");
        InRange(problems, "Digest:CloseDelayMinutes", options.Digest.CloseDelayMinutes, 0, 24 * 60);
        InRange(problems, "Digest:Highlights", options.Digest.Highlights, 1, 20);
        InRange(problems, "Digest:CatchUpDays", options.Digest.CatchUpDays, 0, 366);
    }
}
