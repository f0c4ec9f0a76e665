namespace Dashboard.Live;

/// <summary>
/// In-process fan-out of committed articles. Publish is called only after the transaction commits,
/// so a subscriber never sees an article that a rollback removed. Handlers run on the publisher's
/// thread and must be quick (components marshal with InvokeAsync and throttle their renders).
/// </summary>
public sealed class ArticleNotifier(ILogger<ArticleNotifier> logger)
{
    private readonly Lock _gate = new();
    private Action<ArticlesAdded>[] _handlers = [];

    public IDisposable Subscribe(Action<ArticlesAdded> handler)
    {
        lock (_gate) _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    public void Publish(ArticlesAdded added)
    {
        if (added.Articles.Count == 0) return;
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try { handler(added); }
            catch (Exception e) { logger.LogError(e, "notify: a subscriber failed on {Count} articles from {Feed}", added.Articles.Count, added.FeedId); }
        }
    }

    private void Unsubscribe(Action<ArticlesAdded> handler)
    {
        lock (_gate) _handlers = _handlers.Where(h => h != handler).ToArray();
    }

    private sealed class Subscription(ArticleNotifier owner, Action<ArticlesAdded> handler) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
