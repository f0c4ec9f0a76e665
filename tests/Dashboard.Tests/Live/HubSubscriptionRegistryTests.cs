using Dashboard.Live;
using static Dashboard.Tests.Live.HubArticles;

namespace Dashboard.Tests.Live;

public sealed class HubSubscriptionRegistryTests
{
    private static HubSubscription Sub(string topic, params string[] perspectives) =>
        new(topic, perspectives.Length == 0 ? null : perspectives.ToHashSet());

    private static long[] Ids(HubDelivery delivery) => [.. delivery.Articles.Select(a => a.Id)];

    [Fact]
    public void Plan_MixedSubscriptions_GroupSendExceptFilteredAndOneSendPerFilter()
    {
        var registry = new HubSubscriptionRegistry();
        registry.Set("all", Sub("us-china"));
        registry.Set("china-1", Sub("us-china", "china"));
        registry.Set("china-2", Sub("us-china", "china"));
        registry.Set("us-taiwan", Sub("taiwan-strait", "us"));

        var plan = registry.Plan(Batch(
            Article(1, "us", "us-china"),
            Article(2, "china", "us-china", "taiwan-strait"),
            Article(3, "unclassified", "japan-china")));

        Assert.Equal(2, plan.Count);
        var group = Assert.Single(plan, d => d.ConnectionIds is null);
        Assert.Equal("us-china", group.Topic);
        Assert.Equal(["china-1", "china-2"], group.ExceptConnectionIds.Order());
        Assert.Equal([1L, 2L], Ids(group));
        var chinaOnly = Assert.Single(plan, d => d.ConnectionIds is not null);
        Assert.Equal(["china-1", "china-2"], chinaOnly.ConnectionIds!.Order());
        Assert.Equal([2L], Ids(chinaOnly));
        // taiwan-strait has only article 2 (china), which its "us" subscriber does not take: no send at all.
    }

    [Fact]
    public void Plan_FilterMatchesNothing_NoDelivery()
    {
        var registry = new HubSubscriptionRegistry();
        registry.Set("c", Sub("us-china", "japan"));

        Assert.Empty(registry.Plan(Batch(Article(1, "us", "us-china"), Article(2, "china", "us-china"))));
    }

    [Fact]
    public void Plan_TopicCaseDiffers_DeliversUnderSubscribedTopicId()
    {
        var registry = new HubSubscriptionRegistry();
        registry.Set("c", Sub("us-china"));

        var delivery = Assert.Single(registry.Plan(Batch(Article(1, "us", "US-China"))));

        Assert.Equal("us-china", delivery.Topic);
        Assert.Equal([1L], Ids(delivery));
    }

    [Fact]
    public void Set_SameTopicTwice_ReplacesAndKeepsOtherTopics()
    {
        var registry = new HubSubscriptionRegistry();
        registry.Set("c", Sub("us-china", "us"));
        registry.Set("c", Sub("taiwan-strait"));
        registry.Set("c", Sub("us-china", "china"));

        var subscriptions = registry.For("c").OrderBy(s => s.Topic).ToArray();

        Assert.Equal(["taiwan-strait", "us-china"], subscriptions.Select(s => s.Topic));
        Assert.Equal(["china"], subscriptions[1].Perspectives!);
        var delivery = Assert.Single(registry.Plan(Batch(Article(1, "us", "us-china"), Article(2, "china", "us-china"))));
        Assert.Equal([2L], Ids(delivery));
    }

    [Fact]
    public void Remove_OneTopic_OtherTopicStillDelivered()
    {
        var registry = new HubSubscriptionRegistry();
        registry.Set("c", Sub("us-china"));
        registry.Set("c", Sub("taiwan-strait"));

        Assert.True(registry.Remove("c", "US-CHINA"));
        Assert.False(registry.Remove("c", "us-china"));

        var delivery = Assert.Single(registry.Plan(Batch(Article(1, "us", "us-china", "taiwan-strait"))));
        Assert.Equal("taiwan-strait", delivery.Topic);
    }

    [Fact]
    public void RemoveConnection_Disconnected_NothingPlannedAndNoState()
    {
        var registry = new HubSubscriptionRegistry();
        registry.Set("c", Sub("us-china", "us"));

        registry.RemoveConnection("c");

        Assert.Empty(registry.For("c"));
        Assert.Empty(registry.Plan(Batch(Article(1, "us", "us-china"))));
    }

    [Fact]
    public async Task Set_ConcurrentSubscribers_AllRegistered()
    {
        var registry = new HubSubscriptionRegistry();
        string[] topics = ["us-china", "taiwan-strait", "japan-china", "us-china-trade"];

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
                foreach (var topic in topics) registry.Set($"c{i % 50}", Sub(topic));
        })));

        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal(topics.Length, registry.For($"c{i}").Count));
    }
}
