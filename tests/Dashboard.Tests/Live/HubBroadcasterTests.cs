using Dashboard.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static Dashboard.Tests.Live.HubArticles;

namespace Dashboard.Tests.Live;

public sealed class HubBroadcasterTests : IAsyncLifetime
{
    private readonly ArticleNotifier _notifier = new(NullLogger<ArticleNotifier>.Instance);
    private readonly HubSubscriptionRegistry _registry = new();
    private readonly RecordingHubContext _hub = new();
    private readonly RecordingLogger<HubBroadcaster> _logger = new();
    private HubBroadcaster _broadcaster = null!;

    public Task InitializeAsync() => StartAsync(HubBroadcaster.DefaultCapacity);

    private async Task StartAsync(int capacity)
    {
        if (_broadcaster is not null) await _broadcaster.StopAsync(CancellationToken.None);
        _broadcaster = new HubBroadcaster(_notifier, _registry, _hub, _logger, capacity);
        await _broadcaster.StartAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Publish_GroupAndFilteredSubscribers_SendsArticlesAddedToEach()
    {
        _registry.Set("all", new HubSubscription("us-china", null));
        _registry.Set("china", new HubSubscription("us-china", new HashSet<string> { "china" }));

        _notifier.Publish(Batch(Article(1, "us", "us-china"), Article(2, "china", "us-china")));
        var sends = new[] { await _hub.NextAsync(), await _hub.NextAsync() };

        var group = Assert.Single(sends, s => s.Target == "group:topic:us-china except:china");
        Assert.Equal("articlesAdded", group.Method);
        Assert.Equal("us-china", group.Message.Topic);
        Assert.Equal([1L, 2L], group.Message.Articles.Select(a => a.Id));
        var filtered = Assert.Single(sends, s => s.Target == "clients:china");
        Assert.Equal([2L], filtered.Message.Articles.Select(a => a.Id));
        Assert.Equal(DateTimeKind.Utc, filtered.Message.Articles[0].SeenAt.Kind);
    }

    [Fact]
    public async Task Send_Fails_LoggedAndNextRefreshStillSent()
    {
        _registry.Set("c", new HubSubscription("us-china", null));
        var calls = 0;
        _hub.OnSend = _ => Interlocked.Increment(ref calls) == 1 ? throw new IOException("connection reset") : Task.CompletedTask;

        _notifier.Publish(Batch(Article(1, "us", "us-china")));
        _notifier.Publish(Batch(Article(2, "us", "us-china")));
        await _hub.NextAsync();
        var second = await _hub.NextAsync();

        Assert.Equal([2L], second.Message.Articles.Select(a => a.Id));
        var error = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("hub: sending 1 articles of topic us-china failed", error.Message);
    }

    [Fact]
    public async Task Publish_QueueFull_DropsOldestWithWarningWithoutBlockingPublisher()
    {
        await StartAsync(capacity: 1);
        _registry.Set("c", new HubSubscription("us-china", null));
        var firstSendStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstSend = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hub.OnSend = sent =>
        {
            if (sent.Message.Articles[0].Id != 1) return Task.CompletedTask;
            firstSendStarted.TrySetResult();
            return releaseFirstSend.Task;
        };

        _notifier.Publish(Batch(Article(1, "us", "us-china")));
        await firstSendStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The loop is stuck in send 1; the queue holds one refresh, so 3 pushes 2 out.
        _notifier.Publish(Batch(Article(2, "us", "us-china")));
        _notifier.Publish(Batch(Article(3, "us", "us-china")));
        releaseFirstSend.SetResult();

        Assert.Equal([1L], (await _hub.NextAsync()).Message.Articles.Select(a => a.Id));
        Assert.Equal([3L], (await _hub.NextAsync()).Message.Articles.Select(a => a.Id));
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("hub: send queue full (1 refreshes); dropped 1 articles from feed-1", warning.Message);
    }

    [Fact]
    public async Task StopAsync_Stopped_LaterPublishesNotSent()
    {
        _registry.Set("c", new HubSubscription("us-china", null));
        await _broadcaster.StopAsync(CancellationToken.None);

        _notifier.Publish(Batch(Article(1, "us", "us-china")));
        await Task.Delay(200);

        Assert.False(_hub.TryNext(out _));
    }

    public async Task DisposeAsync() => await _broadcaster.StopAsync(CancellationToken.None);
}
