using Dashboard.Configuration;

namespace Dashboard.Demo;

/// <summary>
/// When a demo feed releases its items: <see cref="DemoOptions.InitialItems"/> at the start — the feed's newest item
/// first, so that even the 1 h view has articles from the first poll, then its oldest — and
/// <see cref="DemoOptions.ItemsPerStep"/> more, oldest first, every <see cref="DemoOptions.StepSeconds"/>. After the
/// newest, every release is newer than the ones before it, so new cards land near the top of a view.
/// </summary>
public sealed class DemoSchedule
{
    private readonly int _initialItems;
    private readonly int _itemsPerStep;
    private readonly TimeSpan _step;

    public DemoSchedule(DemoOptions options, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.InitialItems, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ItemsPerStep, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.StepSeconds, 1);
        (_initialItems, _itemsPerStep, _step, Start) = (options.InitialItems, options.ItemsPerStep, TimeSpan.FromSeconds(options.StepSeconds), start);
    }

    /// <summary>When the first items are released.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>One feed's items in release order: the newest, then the others oldest first.</summary>
    public static IReadOnlyList<DemoItem> ReleaseOrder(IEnumerable<DemoItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var oldestFirst = items.OrderBy(item => item.Published).ToList();
        return oldestFirst.Count == 0 ? oldestFirst : [oldestFirst[^1], .. oldestFirst.SkipLast(1)];
    }

    /// <summary>min(total, InitialItems + ItemsPerStep × whole steps since Start); 0 before Start.</summary>
    public int ReleasedCount(int total, DateTimeOffset now)
    {
        if (now < Start) return 0;
        var steps = (now - Start).Ticks / _step.Ticks;
        return (int)Math.Min(total, _initialItems + _itemsPerStep * steps);
    }

    /// <summary>When the last of <paramref name="total"/> items is released (Start when the first batch holds them all).</summary>
    public DateTimeOffset LastReleaseAt(int total)
    {
        var later = Math.Max(0, total - _initialItems);
        var steps = (later + _itemsPerStep - 1) / _itemsPerStep;
        return Start + _step * steps;
    }
}
