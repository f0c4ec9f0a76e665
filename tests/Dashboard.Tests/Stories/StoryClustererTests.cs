using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTime T0 = new(2025, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>A window with background articles, so IDF tells event words from everyday ones as it would live.</summary>
    private static StoryClusterer WithBackground()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions());
        string[] background =
        [
            "China-Japan ties deteriorate; airlines cancel flights",
            "US lab unveils fully open AI models in challenge to China's dominance",
            "Japan's top Foreign Ministry official holds talks with China's envoy",
            "Return to China not an option for Taiwan's people, premier says",
        ];
        for (var i = 0; i < background.Length; i++)
            clusterer.Place(new StoryInput(900 + i, background[i], null, T0.AddHours(-6 + i)));
        return clusterer;
    }

    [Fact]
    public void Place_SameEventDifferentWording_JoinsStory()
    {
        var clusterer = WithBackground();
        var seed = clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));

        var story = clusterer.Place(new StoryInput(2, "Urgent: Xi clarifies China's principled position on Taiwan in phone call with Trump", null, T0.AddHours(2)));

        Assert.Equal(1, seed);
        Assert.Equal(1, story);
    }

    [Fact]
    public void Place_SharedNameDifferentEvent_NewStory()
    {
        var clusterer = WithBackground();
        clusterer.Place(new StoryInput(1, "Xi talks with Trump over phone", null, T0));
        clusterer.Place(new StoryInput(2, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0.AddHours(1)));

        var story = clusterer.Place(new StoryInput(3, "Xi Jinping pledges support for Venezuelan President Nicolas Maduro", null, T0.AddHours(3)));

        Assert.Equal(3, story);
    }

    [Fact]
    public void Place_OutsideWindow_NewStory()
    {
        var clusterer = WithBackground();
        clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));

        var story = clusterer.Place(new StoryInput(2, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0.AddHours(49)));

        Assert.Equal(2, story);
    }

    [Fact]
    public void Place_OlderArticleWithinWindow_JoinsStory()
    {
        var clusterer = WithBackground();
        clusterer.Place(new StoryInput(1, "Takaichi and Trump hold call on China after Taiwan backlash", null, T0));

        var story = clusterer.Place(new StoryInput(2, "Trump, Takaichi discuss China in first call since Taiwan remarks", null, T0.AddHours(-40)));

        Assert.Equal(1, story);
    }

    [Fact]
    public void Restore_ThenPlace_JoinsRestoredStory()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions());
        clusterer.Restore(new StoryInput(10, "Takaichi and Trump hold call on China after Taiwan backlash", null, T0), storyId: 7);
        clusterer.Restore(new StoryInput(11, "Ne Zha-Transformers collaboration set to air as US-China frictions ease", null, T0), storyId: 11);

        var story = clusterer.Place(new StoryInput(12, "Takaichi, Trump hold phone call after Xi spoke with US president", null, T0.AddHours(1)));

        Assert.Equal(7, story);
        Assert.Equal(3, clusterer.Count);
    }

    [Fact]
    public void Evict_OldArticles_Forgotten()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions());
        clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));
        clusterer.Place(new StoryInput(2, "Ne Zha-Transformers collaboration set to air", null, T0.AddHours(30)));

        clusterer.Evict(T0.AddHours(50));

        Assert.Equal(1, clusterer.Count);
        // Within 48 h of the forgotten article but no longer able to join it.
        Assert.Equal(3, clusterer.Place(new StoryInput(3, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0.AddHours(1))));
    }

    [Fact]
    public void Place_ReplaySameInputs_SameStoryIds()
    {
        var items = LabelledHeadlines.Load();

        var first = LabelledHeadlines.Cluster(items, new StoryClusteringOptions());
        var second = LabelledHeadlines.Cluster(items, new StoryClusteringOptions());

        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() < items.Count, "replay compared nothing but singletons");
    }
}
