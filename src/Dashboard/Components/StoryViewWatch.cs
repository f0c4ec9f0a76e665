using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Stories;

namespace Dashboard.Components;

/// <summary>
/// Wakes a view of stories when what it shows may have changed: a committed article matching its filter, or a
/// story of its topic that just became a blindspot. Runs on the publisher's thread, so <c>wake</c> must only
/// request a (throttled) reload.
/// </summary>
public static class StoryViewWatch
{
    public static IDisposable Subscribe(ArticleNotifier articles, BlindspotNotifier blindspots, Func<ViewFilter> filter, TimeProvider time, Action wake)
    {
        var onArticles = articles.Subscribe(added =>
        {
            var (view, now) = (filter(), time.GetUtcNow().UtcDateTime);
            if (added.Articles.Any(a => OverviewQueries.Matches(view, a, now))) wake();
        });
        var onBlindspots = blindspots.Subscribe(raised =>
        {
            if (raised.Topics.Contains(filter().Topic, StringComparer.Ordinal)) wake();
        });
        return new Both(onArticles, onBlindspots);
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
