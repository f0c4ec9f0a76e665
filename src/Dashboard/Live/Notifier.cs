namespace Dashboard.Live;

/// <summary>
/// In-process fan-out of one kind of event. Handlers run on the publisher's thread and must be quick
/// (components marshal with InvokeAsync and throttle their renders); one failing handler never stops the others.
/// </summary>
public class Notifier<T>(ILogger logger)
{
    private readonly Lock _gate = new();
    private Action<T>[] _handlers = [];

    public IDisposable Subscribe(Action<T> handler)
    {
        lock (_gate) _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    public virtual void Publish(T message)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try { handler(message); }
            catch (Exception e) { logger.LogError(e, "notify: a subscriber failed on {Event}", typeof(T).Name); }
        }
    }

    private void Unsubscribe(Action<T> handler)
    {
        lock (_gate) _handlers = _handlers.Where(h => h != handler).ToArray();
    }

    private sealed class Subscription(Notifier<T> owner, Action<T> handler) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
