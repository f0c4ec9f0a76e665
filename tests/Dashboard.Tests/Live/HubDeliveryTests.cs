using Dashboard.Live;
using static Dashboard.Tests.Live.HubApp;

namespace Dashboard.Tests.Live;

/// <summary>
/// Who receives which <c>articlesAdded</c>, through the .NET client. Every test that claims a message did not
/// arrive first refreshes <see cref="SentinelFeed"/> and waits for its article, so "not arrived" means "not sent".
/// </summary>
public sealed class HubDeliveryTests : IAsyncLifetime
{
    private HubApp _app = null!;

    public async Task InitializeAsync() => _app = await HubApp.StartAsync();

    [Fact]
    public async Task Subscribe_NullPerspectives_ReceivesArticlesOfEveryPerspective()
    {
        await using var client = await _app.ConnectAsync();
        await client.SubscribeAsync("us-china", null);

        await _app.RefreshAsync(MixedFeed);
        var message = await client.Articles.NextAsync(MessageTimeout);

        Assert.Equal("us-china", message.Topic);
        Assert.Equal([GazetteTitle, TaiwanTitle, XinhuaTitle], message.Articles.Select(a => a.Title).Order());
        Assert.Equal(["china", "us"], message.Articles.Select(a => a.PerspectiveId).Distinct().Order());
    }

    [Fact]
    public async Task Subscribe_ChinaOnly_NeverReceivesArticleOutsideSubscription()
    {
        await using var china = await _app.ConnectAsync();
        // A client taking every perspective proves us articles were sent meanwhile, so their absence is the filter's doing.
        await using var all = await _app.ConnectAsync();
        await china.SubscribeAsync("us-china", ["china"]);
        await all.SubscribeAsync("us-china", null);

        await _app.RefreshThenSentinelAsync(MixedFeed);
        var received = await china.Articles.UntilAsync(HasSentinel("us-china"), MessageTimeout);
        var unfiltered = await all.Articles.UntilAsync(HasSentinel("us-china"), MessageTimeout);

        Assert.Equal([XinhuaTitle, SentinelTitle], received.SelectMany(m => m.Articles).Select(a => a.Title));
        Assert.All(received, m => Assert.Equal("us-china", m.Topic));
        Assert.All(received.SelectMany(m => m.Articles), a => Assert.Equal("china", a.PerspectiveId));
        Assert.Contains(unfiltered.SelectMany(m => m.Articles), a => a.PerspectiveId == "us");
    }

    [Fact]
    public async Task Subscribe_SeveralTopics_EachTopicsArticlesInOwnMessage()
    {
        await using var client = await _app.ConnectAsync();
        await client.SubscribeAsync("us-china", ["china"]);
        await client.SubscribeAsync("taiwan-strait", null);

        await _app.RefreshThenSentinelAsync(MixedFeed);
        // The sentinel is in both topics and us-china is planned first, so its taiwan-strait message comes last.
        var received = await client.Articles.UntilAsync(HasSentinel("taiwan-strait"), MessageTimeout);

        Assert.Equal(
            [("taiwan-strait", SentinelTitle), ("taiwan-strait", TaiwanTitle), ("us-china", SentinelTitle), ("us-china", XinhuaTitle)],
            received.SelectMany(m => m.Articles.Select(a => (m.Topic, a.Title))).Order());
    }

    [Fact]
    public async Task Subscribe_AgainToSameTopic_ReplacesEarlierSubscription()
    {
        await using var client = await _app.ConnectAsync();
        await client.SubscribeAsync("us-china", ["us"]);

        var accepted = await client.SubscribeAsync("us-china", ["china"]);
        await _app.RefreshThenSentinelAsync(MixedFeed);
        var received = await client.Articles.UntilAsync(HasSentinel("us-china"), MessageTimeout);

        Assert.Equal(["china"], accepted.Perspectives);
        Assert.Equal([XinhuaTitle, SentinelTitle], received.SelectMany(m => m.Articles).Select(a => a.Title));
    }

    [Fact]
    public async Task Unsubscribe_OneOfTwoTopics_NoMoreArticlesOfThatTopic()
    {
        await using var client = await _app.ConnectAsync();
        await client.SubscribeAsync("us-china", null);
        await client.SubscribeAsync("taiwan-strait", null);

        await client.UnsubscribeAsync("us-china");
        await _app.RefreshThenSentinelAsync(MixedFeed);
        var received = await client.Articles.UntilAsync(HasSentinel("taiwan-strait"), MessageTimeout);

        Assert.All(received, m => Assert.Equal("taiwan-strait", m.Topic));
        Assert.Equal([TaiwanTitle, SentinelTitle], received.SelectMany(m => m.Articles).Select(a => a.Title));
    }

    [Fact]
    public async Task Unsubscribe_TopicNeverSubscribed_CompletesWithoutError()
    {
        await using var client = await _app.ConnectAsync();

        await client.UnsubscribeAsync("taiwan-strait");
        await client.UnsubscribeAsync("atlantis");
    }

    private static Func<ArticlesAddedMessage, bool> HasSentinel(string topic) =>
        m => m.Topic == topic && m.Articles.Any(a => a.Title == SentinelTitle);

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
