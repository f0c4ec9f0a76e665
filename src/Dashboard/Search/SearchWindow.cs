using System.Text;
using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Search;

/// <summary>
/// The last <see cref="StorageOptions.SearchWindowDays"/> days of articles in memory — folded text and the facts a view
/// filters and counts by — so that a search scans memory instead of reading one Articles row per match (on 1M
/// articles, a month of q=taiwan read ~10,000 rows for ~40 ms). A mirror, never the source: loaded from the database at
/// start-up, kept current by the writers (<see cref="ArticleStore"/> for articles and topics, the story assigner for
/// story ids) after they commit, and used only for views whose window it holds completely; the rest read SQL. It assumes
/// this process is the database's only writer.
/// </summary>
public sealed partial class SearchWindow(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options,
    TimeProvider time, ILogger<SearchWindow> logger)
{
    private const long DayMs = OverviewIndex.DayMs;
    /// <summary>How far the window's start must fall behind before segments are dropped: eviction is not per article.</summary>
    private const long EvictEveryMs = OverviewIndex.HourMs;

    /// <summary>Changes queued before the window is loaded at most; beyond, it is given up (a host that never loads it).</summary>
    private const int MaxPending = 100_000;

    private readonly object _sync = new();
    private readonly WindowTables _tables = new();
    /// <summary>Changes committed before the window is loaded, applied after it (they are idempotent); null once loaded or off.</summary>
    private List<Action>? _pending = [];
    private WindowSegment[] _segments = [];
    /// <summary>Every article with SortAt at or after this is held; long.MaxValue while not loaded (or disabled).</summary>
    private long _completeFromMs = long.MaxValue;

    private int Days => options.Value.Storage.SearchWindowDays;

    /// <summary>Whether the window is loaded and in use.</summary>
    public bool IsReady => Volatile.Read(ref _completeFromMs) != long.MaxValue;

    /// <summary>Articles held, and the bytes they take (arrays and text).</summary>
    public (int Articles, long Bytes) Size
    {
        get
        {
            var segments = Volatile.Read(ref _segments);
            return (segments.Sum(s => s.Count), segments.Sum(s => s.Bytes));
        }
    }

    /// <summary>
    /// Whether the window holds every article from <paramref name="fromMs"/> on, so a search of a view starting there may
    /// run here (<see cref="OverviewSql"/> decides once per query).
    /// </summary>
    internal bool Covers(long fromMs) => fromMs >= Volatile.Read(ref _completeFromMs);

    /// <summary>
    /// The view's articles whose title or snippet holds its search text (<see cref="TextQuery"/>'s rule), in no particular
    /// order; for views <see cref="Covers"/> said yes to.
    /// </summary>
    internal List<WindowArticle> Match(OverviewSql sql)
    {
        if (sql.Needle is not { } needle) throw new InvalidOperationException("search: the view has no search text");
        var matches = new List<WindowArticle>();
        var filter = WindowFilter.From(sql, _tables);
        if (filter.Empty) return matches;
        // Encoding.UTF8 turns a lone surrogate into U+FFFD, as SQLite does with a bound parameter.
        var bytes = Encoding.UTF8.GetBytes(needle);
        foreach (var segment in Volatile.Read(ref _segments)) segment.Match(bytes, filter, matches);
        return matches;
    }

    /// <summary>
    /// The view's matches that <paramref name="keep"/> accepts (all without it), newest first — SortAt, then id,
    /// descending, the order of every newest-first query — at most <paramref name="limit"/> of them.
    /// </summary>
    internal List<WindowArticle> Newest(OverviewSql sql, int limit, Predicate<WindowArticle>? keep = null)
    {
        var matches = Match(sql);
        if (keep is not null) matches.RemoveAll(m => !keep(m));
        matches.Sort(WindowArticle.NewestFirst);
        if (matches.Count > limit) matches.RemoveRange(limit, matches.Count - limit);
        return matches;
    }

    /// <summary>Every article held, in id order (for checks; searches use <see cref="Match"/>).</summary>
    internal IEnumerable<WindowArticle> All() =>
        Volatile.Read(ref _segments).SelectMany(s => Enumerable.Range(0, s.Count).Select(slot => new WindowArticle(s, slot)));

    /// <summary>Records a committed refresh: its new articles, and the topic rows it inserted (for new or known articles).</summary>
    internal void Committed(IReadOnlyList<ArticleSummary> added, IReadOnlyList<TopicRow> topicRows) =>
        Apply(() =>
        {
            // Rows above the newest id held before this refresh belong to its new articles, appended with their topics.
            var known = LastId;
            foreach (var article in added.OrderBy(a => a.Id)) Append(article);
            foreach (var row in topicRows)
                if (row.ArticleId <= known && Find(row.ArticleId, out var slot) is { } segment) segment.AddTopic(slot, row.TopicId);
            Evict();
        });

    /// <summary>Records committed story placements.</summary>
    internal void StoriesPlaced(IReadOnlyList<(long Id, long StoryId)> assignments) =>
        Apply(() =>
        {
            foreach (var (id, storyId) in assignments)
                if (Find(id, out var slot) is { } segment) segment.StoryIds[slot] = storyId;
        });

    /// <summary>Articles of merged stories (placed in any earlier batch) now carry the kept story's id.</summary>
    internal void StoriesMerged(IReadOnlyList<Stories.StoryMerge> merges) =>
        Apply(() =>
        {
            var to = new Dictionary<long, long>();
            foreach (var merge in merges)
            {
                foreach (var key in to.Where(p => p.Value == merge.From).Select(p => p.Key).ToList()) to[key] = merge.To;
                to[merge.From] = merge.To;
            }
            foreach (var segment in Volatile.Read(ref _segments))
                for (var slot = 0; slot < segment.Count; slot++)
                    if (to.TryGetValue(segment.StoryIds[slot], out var kept)) segment.StoryIds[slot] = kept;
        });

    private void Apply(Action change)
    {
        lock (_sync)
        {
            if (IsReady) Run(change);
            else if (_pending is not null)
            {
                _pending.Add(change);
                if (_pending.Count < MaxPending) return;
                _pending = null;
                logger.LogWarning("search window: {Count} changes arrived before it was loaded; it stays off and searches read the database", MaxPending);
            }
        }
    }

    /// <summary>
    /// Applies a change under the lock. Should one fail, the window turns itself off (searches read the database) rather
    /// than answer from a copy that no longer matches it, and never fails the writer's commit, which already stands.
    /// </summary>
    private void Run(Action change)
    {
        try { change(); }
        catch (Exception e)
        {
            Volatile.Write(ref _completeFromMs, long.MaxValue);
            Volatile.Write(ref _segments, []);
            Error = "update failed: " + e.Message;
            logger.LogError(e, "search window: an update failed; the window is off until restart and searches read the database");
        }
    }

    /// <summary>The newest article id held (segments are in id order), 0 when none is.</summary>
    private long LastId => _segments is [.., { Count: > 0 } last] ? last.LastId : 0;

    private void Append(ArticleSummary article)
    {
        var sortAt = UtcDateTimeConverter.ToUnixMs(article.SortAt);
        // Older than the window: not needed. At or below the newest id: already held (loaded while its commit queued).
        if (sortAt < _completeFromMs || article.Id <= LastId) return;
        var last = _segments is [.., { IsFull: false } open] ? open : AddSegment();
        last.Append(article.Id, sortAt, article.PerspectiveId, article.SourceId, article.Outlet, article.StoryId,
            article.Title, article.Snippet, article.Topics);
    }

    private WindowSegment AddSegment()
    {
        if (_segments.Length > 0) _segments[^1].Seal();
        var segment = new WindowSegment(_tables);
        Volatile.Write(ref _segments, [.. _segments, segment]);
        return segment;
    }

    /// <summary>The segment holding <paramref name="id"/> and its slot there, or null when the window does not hold it.</summary>
    private WindowSegment? Find(long id, out int slot)
    {
        var segments = _segments;
        int lo = 0, hi = segments.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = segments[mid];
            if (s.Count == 0 || id < s.FirstId) hi = mid - 1;
            else if (id > s.LastId) lo = mid + 1;
            else return (slot = s.Find(id)) >= 0 ? s : null;
        }
        slot = -1;
        return null;
    }

    /// <summary>
    /// Moves the window's start to now − <see cref="StorageOptions.SearchWindowDays"/>, once an hour at most, and drops the
    /// full segments older than the start it had an hour before: a query that found its range held keeps finding its
    /// articles while it runs.
    /// </summary>
    private void Evict()
    {
        var cutoff = UtcDateTimeConverter.ToUnixMs(time.GetUtcNow().UtcDateTime) - Days * DayMs;
        if (cutoff - _completeFromMs < EvictEveryMs) return;
        var previous = _completeFromMs;
        Volatile.Write(ref _completeFromMs, cutoff);
        var kept = _segments.Where(s => !s.IsFull || s.MaxSortAt >= previous).ToArray();
        if (kept.Length != _segments.Length) Volatile.Write(ref _segments, kept);
    }
}
