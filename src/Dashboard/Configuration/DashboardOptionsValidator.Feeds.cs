namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    private static void CheckFeeds(
        List<FeedOptions> feeds, List<string> perspectives, List<string> topics, int minIntervalMinutes, ConfigurationProblems problems)
    {
        CheckIdentities("Feeds", feeds, f => f.Id, f => f.Name, problems);
        var knownPerspectives = perspectives.ToHashSet(StringComparer.Ordinal);
        var knownTopics = topics.ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < feeds.Count; i++)
        {
            var path = $"Feeds:{i}";
            var feed = feeds[i];

            if (problems.Require($"{path}:Url", feed.Url) && !ConfigurationFormats.IsHttpUrl(feed.Url))
                problems.Add($"{path}:Url", $"not an absolute http(s) URL: '{feed.Url}'");

            var hasPerspective = !string.IsNullOrWhiteSpace(feed.Perspective);
            if (hasPerspective && !knownPerspectives.Contains(feed.Perspective!))
                problems.Add($"{path}:Perspective", $"unknown perspective '{feed.Perspective}' {ConfigurationProblems.Known(perspectives)}");
            if (!Enum.IsDefined(feed.PerspectiveMode))
                problems.Add($"{path}:PerspectiveMode", $"unknown mode '{feed.PerspectiveMode}' (use Fallback or Override)");
            else if (feed.PerspectiveMode == FeedPerspectiveMode.Override && !hasPerspective)
                problems.Add($"{path}:Perspective", "missing: PerspectiveMode Override needs a Perspective to apply");

            for (var t = 0; t < feed.Topics.Count; t++)
            {
                if (problems.Require($"{path}:Topics:{t}", feed.Topics[t]) && !knownTopics.Contains(feed.Topics[t]))
                    problems.Add($"{path}:Topics:{t}", $"unknown topic '{feed.Topics[t]}' {ConfigurationProblems.Known(topics)}");
            }

            // Polling faster than the floor is rude to the publisher and risks being blocked.
            if (feed.IntervalMinutes is { } interval && interval < minIntervalMinutes)
                problems.Add($"{path}:IntervalMinutes", $"{interval} is below Ingestion:MinIntervalMinutes ({minIntervalMinutes})");
        }
    }
}
