using Dashboard.Configuration;
using Dashboard.Live;
using Microsoft.Extensions.Options;

namespace Dashboard.Stories;

/// <summary>
/// After a refresh's articles are placed, finds the stories that have just become blindspots — not one before
/// this batch, one after it — and publishes them, so open views show a new blindspot without polling.
/// </summary>
public sealed class BlindspotWatcher(StoryQueries stories, BlindspotNotifier notifier, IOptions<DashboardOptions> options)
{
    public async Task<IReadOnlyList<StorySummary>> CheckAsync(IReadOnlyList<ArticleSummary> placed, CancellationToken ct)
    {
        var batch = placed.Where(a => a.StoryId is not null).GroupBy(a => a.StoryId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        if (batch.Count == 0) return [];
        var rule = BlindspotSettings.From(options.Value);
        var raised = new List<StorySummary>();
        foreach (var story in await stories.DescribeAsync(batch.Keys.ToList(), ct))
        {
            if (story.Blindspot is null) continue;
            var before = story.Perspectives.ToDictionary(p => p.PerspectiveId, p => p.Count, StringComparer.Ordinal);
            foreach (var article in batch[story.Id]) before[article.PerspectiveId] = before.GetValueOrDefault(article.PerspectiveId) - 1;
            if (BlindspotRule.Evaluate(before, rule) is not null) continue;
            raised.Add(story);
            var topics = batch[story.Id].SelectMany(a => a.Topics).Distinct(StringComparer.Ordinal).ToList();
            notifier.Publish(new BlindspotRaised(story, topics));
        }
        return raised;
    }
}

public sealed class BlindspotNotifier(ILogger<BlindspotNotifier> logger) : Notifier<BlindspotRaised>(logger);
