using Dashboard.Stories;
using Xunit.Abstractions;

namespace Dashboard.Tests.Stories;

/// <summary>
/// B-cubed quality of the clusterer as configured by default (embeddings on) on both labelled sets, in arrival and in
/// shuffled order. docs/analysis.md reports the same figures and the threshold sweep.
/// </summary>
public sealed class StoryClustererQualityTests(ITestOutputHelper output)
{
    public static TheoryData<string, bool> Sets => new()
    {
        { LabelledHeadlines.Current, false }, { LabelledHeadlines.Current, true },
        { LabelledHeadlines.Aggregator, false }, { LabelledHeadlines.Aggregator, true },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Place_LabelledRealHeadlines_BCubedF1AtLeast085(string set, bool shuffled)
    {
        var items = LabelledHeadlines.Load(set);
        if (shuffled) items = LabelledHeadlines.Shuffled(items);
        var predicted = LabelledHeadlines.Cluster(items, new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);

        var score = BCubed.Score(items.Select(i => i.Cluster).ToList(), predicted);

        output.WriteLine($"{set} ({(shuffled ? "shuffled" : "arrival order")}): {items.Count} headlines, {items.Select(i => i.Cluster).Distinct().Count()} gold stories, {predicted.Distinct().Count()} predicted");
        output.WriteLine($"B-cubed P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
        foreach (var split in items.Where(i => i.Split is not null).GroupBy(i => i.Split))
        {
            var index = split.Select(i => items.ToList().IndexOf(i)).ToList();
            var part = BCubed.Score(index.Select(i => items[i].Cluster).ToList(), index.Select(i => predicted[i]).ToArray());
            output.WriteLine($"  {split.Key}: {index.Count} headlines, P={part.Precision:F3} R={part.Recall:F3} F1={part.F1:F3}");
        }
        foreach (var line in Disagreements(items, predicted)) output.WriteLine(line);
        Assert.True(score.F1 >= 0.85, $"B-cubed F1 {score.F1:F3} < 0.85 (P {score.Precision:F3}, R {score.Recall:F3})");
    }

    [Fact]
    public void Load_AggregatorSet_HasThreeHundredHeadlinesInFiftyMultiOutletStories()
    {
        var items = LabelledHeadlines.Load(LabelledHeadlines.Aggregator);

        Assert.True(items.Count >= 300, $"{items.Count} headlines");
        Assert.True(items.GroupBy(i => i.Cluster).Count(g => g.Select(i => i.Outlet).Distinct().Count() >= 2) >= 50);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.Contains("UCI News Aggregator", i.Origin));
    }

    [Fact]
    public void Load_CurrentSet_HasTwentyMultiArticleStories()
    {
        var items = LabelledHeadlines.Load();

        Assert.True(items.Count >= 150, $"{items.Count} headlines");
        Assert.True(items.GroupBy(i => i.Cluster).Count(g => g.Count() > 1) >= 20);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    /// <summary>Items whose predicted story differs from their gold story, for the error analysis.</summary>
    private static IEnumerable<string> Disagreements(IReadOnlyList<LabelledHeadline> items, long[] predicted)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var goldMates = Enumerable.Range(0, items.Count).Where(j => items[j].Cluster == items[i].Cluster).ToHashSet();
            var predictedMates = Enumerable.Range(0, items.Count).Where(j => predicted[j] == predicted[i]).ToHashSet();
            if (!goldMates.SetEquals(predictedMates))
                yield return $"  #{items[i].Id} gold={items[i].Cluster} story={predicted[i]} | {items[i].Title}";
        }
    }
}
