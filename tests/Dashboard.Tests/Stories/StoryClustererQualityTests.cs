using Dashboard.Stories;
using Xunit.Abstractions;

namespace Dashboard.Tests.Stories;

public sealed class StoryClustererQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Place_LabelledRealHeadlines_BCubedF1AtLeast085()
    {
        var items = LabelledHeadlines.Load();
        var predicted = LabelledHeadlines.Cluster(items, new StoryClusteringOptions());

        var score = BCubed.Score(items.Select(i => i.Cluster).ToList(), predicted);

        output.WriteLine($"{items.Count} headlines, {items.Select(i => i.Cluster).Distinct().Count()} gold stories, {predicted.Distinct().Count()} predicted");
        output.WriteLine($"B-cubed P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
        foreach (var line in Disagreements(items, predicted)) output.WriteLine(line);
        Assert.True(score.F1 >= 0.85, $"B-cubed F1 {score.F1:F3} < 0.85 (P {score.Precision:F3}, R {score.Recall:F3})");
    }

    [Fact]
    public void Place_LabelledSetGoldSizes_HasTwentyMultiArticleStories()
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
