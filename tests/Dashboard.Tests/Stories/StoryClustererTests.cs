using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTime T0 = new(2025, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>A window with background articles, so IDF tells event words from everyday ones as it would live.</summary>
    private static StoryClusterer WithBackground()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);
        string[] background =
        [
            "China-Japan ties deteriorate; airlines cancel flights",
            "US lab unveils fully open AI models in challenge to China's dominance",
            "Japan's top Foreign Ministry official holds talks with China's envoy",
            "Ne Zha-Transformers collaboration set to air as US-China frictions ease",
        ];
        for (var i = 0; i < background.Length; i++)
            clusterer.Place(new StoryInput(900 + i, background[i], null, T0.AddHours(-6 + i)));
        return clusterer;
    }

    [Fact]
    public void Place_SameEventDifferentWording_JoinsStory()
    {
        var clusterer = WithBackground();
        var seed = clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0)).StoryId;

        var story = clusterer.Place(new StoryInput(2, "Urgent: Xi clarifies China's principled position on Taiwan in phone call with Trump", null, T0.AddHours(2))).StoryId;

        Assert.Equal(1, seed);
        Assert.Equal(1, story);
    }

    [Fact]
    public void Place_SharedNameDifferentEvent_NewStory()
    {
        var clusterer = WithBackground();
        clusterer.Place(new StoryInput(1, "Xi talks with Trump over phone", null, T0));
        clusterer.Place(new StoryInput(2, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0.AddHours(1)));

        var story = clusterer.Place(new StoryInput(3, "Xi Jinping pledges support for Venezuelan President Nicolas Maduro", null, T0.AddHours(3))).StoryId;

        Assert.Equal(3, story);
    }

    [Fact]
    public void Place_OutsideWindow_NewStory()
    {
        var clusterer = WithBackground();
        clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));

        var story = clusterer.Place(new StoryInput(2, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0.AddHours(49))).StoryId;

        Assert.Equal(2, story);
    }

    [Fact]
    public void Place_OlderArticleWithinWindow_JoinsStory()
    {
        var clusterer = WithBackground();
        clusterer.Place(new StoryInput(1, "Takaichi and Trump hold call on China after Taiwan backlash", null, T0));

        var story = clusterer.Place(new StoryInput(2, "Trump, Takaichi discuss China in first call since Taiwan remarks", null, T0.AddHours(-40))).StoryId;

        Assert.Equal(1, story);
    }

    [Fact]
    public void Restore_ThenPlace_JoinsRestoredStory()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);
        clusterer.Restore(new StoryInput(10, "Takaichi and Trump hold call on China after Taiwan backlash", null, T0), storyId: 7);
        clusterer.Restore(new StoryInput(11, "Ne Zha-Transformers collaboration set to air as US-China frictions ease", null, T0), storyId: 11);

        var story = clusterer.Place(new StoryInput(12, "Takaichi, Trump hold phone call after Xi spoke with US president", null, T0.AddHours(1))).StoryId;

        Assert.Equal(7, story);
        Assert.Equal(3, clusterer.Count);
    }

    [Fact]
    public void Evict_OldArticles_Forgotten()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);
        clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));
        clusterer.Place(new StoryInput(2, "Ne Zha-Transformers collaboration set to air", null, T0.AddHours(30)));

        clusterer.Evict(T0.AddHours(50));

        Assert.Equal(1, clusterer.Count);
        // Within 48 h of the forgotten article but no longer able to join it.
        Assert.Equal(3, clusterer.Place(new StoryInput(3, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0.AddHours(1))).StoryId);
    }

    [Fact]
    public void Place_ReplaySameInputs_SameStoryIds()
    {
        var items = LabelledHeadlines.Load();

        var first = LabelledHeadlines.Cluster(items, new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);
        var second = LabelledHeadlines.Cluster(items, new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);

        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() < items.Count, "replay compared nothing but singletons");
    }

    [Fact]
    public void Place_ArticleBridgingTwoHalvesOfOneEvent_MergesIntoOlderStory()
    {
        var clusterer = WithBackground();
        var first = clusterer.Place(new StoryInput(1, "Chiquita to merge with Irish produce company Fyffes", null, T0)).StoryId;
        var second = clusterer.Place(new StoryInput(2, "New deal creates world's largest banana supplier", null, T0.AddHours(1))).StoryId;
        Assert.NotEqual(first, second);

        var bridge = clusterer.Place(new StoryInput(3, "Chiquita merges with Fyffes to form world's largest banana supplier", null, T0.AddHours(2)));

        Assert.Equal(1, bridge.StoryId);
        Assert.Equal([new StoryMerge(2, 1)], bridge.Merges);
        Assert.Contains(2L, bridge.Moved);
    }

    [Fact]
    public void Place_KoreanHeadlineNamingAliasedPeople_JoinsEnglishStory()
    {
        var options = new StoryClusteringOptions
        {
            Aliases =
            [
                new StoryAlias { Entity = "xi-jinping", Names = ["Xi Jinping", "Xi", "习近平", "시진핑"] },
                new StoryAlias { Entity = "donald-trump", Names = ["Donald Trump", "Trump", "特朗普", "트럼프"] },
                new StoryAlias { Entity = "taiwan", Names = ["Taiwan", "台湾", "대만"] },
            ],
        };
        var clusterer = new StoryClusterer(options, MiniLmHeadlineEmbedder.Shared);
        clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));
        clusterer.Place(new StoryInput(2, "Ne Zha-Transformers collaboration set to air as US-China frictions ease", null, T0));

        var korean = clusterer.Place(new StoryInput(3, "시진핑, 트럼프와 통화…대만 문제 입장 밝혀", null, T0.AddHours(1))).StoryId;
        var chinese = clusterer.Place(new StoryInput(4, "习近平同美国总统特朗普通电话 阐明台湾问题原则立场", null, T0.AddHours(2))).StoryId;

        Assert.Equal(1, korean);
        Assert.Equal(1, chinese);
    }

    [Fact]
    public void Place_KoreanHeadlineWithoutAliases_NewStory()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions(), MiniLmHeadlineEmbedder.Shared);
        clusterer.Place(new StoryInput(1, "Xi outlines China's position on Taiwan in phone call with Trump", null, T0));

        var korean = clusterer.Place(new StoryInput(3, "시진핑, 트럼프와 통화…대만 문제 입장 밝혀", null, T0.AddHours(1))).StoryId;

        Assert.Equal(3, korean);
    }
}
