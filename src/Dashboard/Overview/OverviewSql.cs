using System.Text.Json;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Overview;

/// <summary>
/// A view's filter as SQL. Raw rows are <c>ArticleTopics t</c> (joined to <c>Articles a</c> when a source, outlet or
/// text term needs it); their time and perspective terms match the (TopicId, SortAt) and (TopicId, PerspectiveId,
/// SortAt) indexes. Aggregates read <see cref="Rows"/>: without search text, whole days and hours come from the
/// DailyCounts and HourlyCounts rollups and only the window's partial edge hours from raw rows; with search text, the rows
/// the ArticleSearch index proposes and the instr rule confirms. Id lists travel as one JSON parameter expanded by json_each.
/// </summary>
internal sealed partial class OverviewSql
{
    private const long HourMs = OverviewIndex.HourMs;
    private const long DayMs = OverviewIndex.DayMs;

    /// <param name="rollups">
    /// The coarsest rollup aggregates may read: <see cref="RollupUnit.Day"/> (DailyCounts for whole days, HourlyCounts for
    /// the whole hours around them), <see cref="RollupUnit.Hour"/>, or <see cref="RollupUnit.None"/> for raw rows only
    /// (the reference the rollup path is tested against). Search text always reads raw rows.
    /// </param>
    /// <param name="fastPaths">
    /// Whether search text is looked up in the ArticleSearch index and a source or outlet filter walks the sources' index
    /// (the default); false reads every row of the window from ArticleTopics, confirming search text with instr: the
    /// reference the fast paths are tested against.
    /// </param>
    /// <param name="window">
    /// The in-memory search window: with the fast paths, search text runs there when it holds the view's whole range.
    /// </param>
    public OverviewSql(ViewFilter filter, DateTime nowUtc, RollupUnit rollups = RollupUnit.Day, bool fastPaths = true, SearchWindow? window = null)
    {
        Filter = filter;
        var (from, to) = filter.Range.Resolve(nowUtc);
        (FromMs, ToMs) = (UtcDateTimeConverter.ToUnixMs(from), UtcDateTimeConverter.ToUnixMs(to));
        Needle = TextQuery.Needle(filter.Query);
        SearchMatch = Needle is null || !fastPaths ? null : TextQuery.SearchMatch(Needle);
        Window = Needle is not null && fastPaths && window is not null && window.Covers(FromMs) ? window : null;
        BySource = fastPaths && (filter.Sources.Count > 0 || filter.Outlet is not null);
        // Rollup hours are SortAt / HourMs, the UTC hour only from 1970 on; they know nothing of the text.
        (FullFromMs, FullToMs) = rollups != RollupUnit.None && Needle is null && FromMs >= 0
            ? (Ceiling(FromMs, HourMs), ToMs / HourMs * HourMs)
            : (ToMs, ToMs);
        if (FullFromMs > FullToMs) (FullFromMs, FullToMs) = (ToMs, ToMs); // inside one hour: raw rows only
        (DaysFromMs, DaysToMs) = rollups == RollupUnit.Day && Ceiling(FullFromMs, DayMs) < FullToMs / DayMs * DayMs
            ? (Ceiling(FullFromMs, DayMs), FullToMs / DayMs * DayMs)
            : (FullToMs, FullToMs);
    }

    private static long Ceiling(long ms, long unit) => (ms + unit - 1) / unit * unit;

    public ViewFilter Filter { get; }
    public long FromMs { get; }
    public long ToMs { get; }
    public string? Needle { get; }
    /// <summary>The FTS5 query for <see cref="Needle"/>; null without search text or when it is too short for the index.</summary>
    public string? SearchMatch { get; }
    /// <summary>The search window the view's search text runs in (decided once, here), or null when it reads SQL.</summary>
    public SearchWindow? Window { get; }
    /// <summary>
    /// Whether the view's search matches are found by a fast path (<see cref="Window"/>, else the ArticleSearch index) and
    /// counted in C#; false without search text, or for the instr reference.
    /// </summary>
    public bool CountsMatches => Window is not null || SearchMatch is not null;
    /// <summary>
    /// The window split for the rollups: raw rows in [from, FullFromMs) and [FullToMs, to); whole hours in
    /// [FullFromMs, DaysFromMs) and [DaysToMs, FullToMs); whole days in [DaysFromMs, DaysToMs). Empty ranges read nothing.
    /// </summary>
    public long FullFromMs { get; }
    public long FullToMs { get; }
    public long DaysFromMs { get; }
    public long DaysToMs { get; }

    /// <summary>The rollup unit of the row whose SortAt stands for <paramref name="ms"/> (an hour's or day's start), or 0 for a raw row.</summary>
    public long RollupSpanAt(long ms) =>
        ms >= DaysFromMs && ms < DaysToMs ? DayMs : ms >= FullFromMs && ms < FullToMs ? HourMs : 0;

    public bool NeedsArticles => Filter.Sources.Count > 0 || Filter.Outlet is not null || Needle is not null;

    public string From(bool withArticles = false) =>
        withArticles || NeedsArticles ? "ArticleTopics t JOIN Articles a ON a.Id = t.ArticleId" : "ArticleTopics t";

    /// <summary>
    /// Topic, source, outlet and text terms plus <paramref name="perspective"/> (a ready term such as "t.PerspectiveId = p.id",
    /// or null for the filter's list) and the window [<paramref name="fromMs"/>, <paramref name="toMs"/>), default the view's.
    /// </summary>
    public string Where(string? perspective = null, string fromMs = "$from", string toMs = "$to")
    {
        var terms = new List<string> { "t.TopicId = $topic", $"t.SortAt >= {fromMs}", $"t.SortAt < {toMs}" };
        if (perspective is not null) terms.Add(perspective);
        else if (Filter.Perspectives.Count > 0) terms.Add($"t.PerspectiveId {PerspectiveTest}");
        terms.AddRange(ArticleTerms());
        return string.Join(" AND ", terms);
    }

    /// <summary>
    /// The filter's perspective test: one perspective as an equality, which SQLite reads from an index in SortAt order
    /// (so a LIMIT stops early); several as a list, whose size SQLite cannot know.
    /// </summary>
    private string PerspectiveTest => Filter.Perspectives.Count == 1 ? "= $perspective" : "IN (SELECT value FROM json_each($persp))";

    /// <summary>The source, outlet and text terms on <c>Articles a</c>, ANDed ("1" when there are none).</summary>
    public string ArticleWhere => ArticleTerms().ToList() is { Count: > 0 } terms ? string.Join(" AND ", terms) : "1";

    private IEnumerable<string> ArticleTerms()
    {
        if (Filter.Sources.Count > 0) yield return Filter.Sources.Count == 1 ? "a.SourceId = $source" : "a.SourceId IN (SELECT value FROM json_each($src))";
        // An empty source id or outlet name is none, as in the rollup (which stores none as '').
        if (Filter.Outlet is not null) yield return "coalesce(a.SourceId, '') = '' AND a.Outlet = $outlet";
        if (Needle is not null) yield return "(instr(lower(a.Title), $q) > 0 OR instr(lower(a.Snippet), $q) > 0)";
    }

    /// <summary>
    /// CTE <c>persp(id)</c>: the filter's perspectives, or every perspective the topic has articles of — found by
    /// one index seek per perspective (a loose index scan), not by reading the topic's rows.
    /// </summary>
    public string PerspectivesCte => Filter.Perspectives.Count > 0
        ? "persp(id) AS (SELECT value FROM json_each($persp))"
        : """
          seen(id) AS (
            SELECT (SELECT PerspectiveId FROM ArticleTopics WHERE TopicId = $topic ORDER BY PerspectiveId LIMIT 1)
            UNION ALL
            SELECT (SELECT PerspectiveId FROM ArticleTopics WHERE TopicId = $topic AND PerspectiveId > seen.id ORDER BY PerspectiveId LIMIT 1)
            FROM seen WHERE seen.id IS NOT NULL),
          persp(id) AS (SELECT id FROM seen WHERE id IS NOT NULL)
          """;

    /// <summary>
    /// CTE <c>v(PerspectiveId, SortAt, SourceId, Outlet, n)</c>: n articles of the view per row, source id and outlet
    /// '' for none. A rollup row's SortAt is its hour's or day's start, so grouping by SortAt is exact only for buckets
    /// that are whole rollup units (the constructor's unit). Search text is read by <see cref="SearchScan"/> instead.
    /// </summary>
    public string Rows()
    {
        const string raw = "t.PerspectiveId, t.SortAt, coalesce(a.SourceId, ''), coalesce(a.Outlet, ''), 1";
        if (CountsMatches) throw new InvalidOperationException("search: rows with search text are counted from their matches (search window or SearchScan)");
        var branches = new List<string>
        {
            $"SELECT {raw} FROM {From(withArticles: true)} WHERE {Where(toMs: "$fullFrom")}",
            $"SELECT {raw} FROM {From(withArticles: true)} WHERE {Where(fromMs: "$fullTo")}",
        };
        if (FullFromMs < FullToMs)
        {
            branches.Add($"SELECT h.PerspectiveId, h.Hour * {HourMs}, h.SourceId, h.Outlet, h.Count FROM HourlyCounts h WHERE {RollupWhere("Hour", "$fullFromHour", "$daysFromHour")}");
            branches.Add($"SELECT h.PerspectiveId, h.Hour * {HourMs}, h.SourceId, h.Outlet, h.Count FROM HourlyCounts h WHERE {RollupWhere("Hour", "$daysToHour", "$fullToHour")}");
        }
        if (DaysFromMs < DaysToMs)
            branches.Add($"SELECT h.PerspectiveId, h.Day * {DayMs}, h.SourceId, h.Outlet, h.Count FROM DailyCounts h WHERE {RollupWhere("Day", "$daysFromDay", "$daysToDay")}");
        return $"v(PerspectiveId, SortAt, SourceId, Outlet, n) AS (\n{string.Join("\nUNION ALL\n", branches)})";
    }

    private string RollupWhere(string unit, string from, string to)
    {
        var terms = new List<string> { "h.TopicId = $topic", $"h.{unit} >= {from}", $"h.{unit} < {to}" };
        if (Filter.Perspectives.Count > 0) terms.Add("h.PerspectiveId IN (SELECT value FROM json_each($persp))");
        if (Filter.Sources.Count > 0) terms.Add("h.SourceId IN (SELECT value FROM json_each($src))");
        if (Filter.Outlet is not null) terms.Add("h.SourceId = '' AND h.Outlet = $outlet");
        return string.Join(" AND ", terms);
    }

    public void Bind(SqliteCommand command)
    {
        command.Parameters.AddWithValue("$topic", Filter.Topic);
        command.Parameters.AddWithValue("$from", FromMs);
        command.Parameters.AddWithValue("$to", ToMs);
        command.Parameters.AddWithValue("$persp", JsonSerializer.Serialize(Filter.Perspectives));
        command.Parameters.AddWithValue("$src", JsonSerializer.Serialize(Filter.Sources));
        command.Parameters.AddWithValue("$perspective", Filter.Perspectives.Count == 1 ? Filter.Perspectives[0] : DBNull.Value);
        command.Parameters.AddWithValue("$source", Filter.Sources.Count == 1 ? Filter.Sources[0] : DBNull.Value);
        command.Parameters.AddWithValue("$outlet", (object?)Filter.Outlet ?? DBNull.Value);
        command.Parameters.AddWithValue("$q", (object?)Needle ?? DBNull.Value);
        command.Parameters.AddWithValue("$match", (object?)SearchMatch ?? DBNull.Value);
        // Hour bounds by truncating division, as OverviewIndex stores them: monotonic, so every SortAt of the window
        // has its hour in [fromHour, lastHour].
        command.Parameters.AddWithValue("$fromHour", FromMs / HourMs);
        command.Parameters.AddWithValue("$lastHour", (ToMs - 1) / HourMs);
        command.Parameters.AddWithValue("$fullFrom", FullFromMs);
        command.Parameters.AddWithValue("$fullTo", FullToMs);
        command.Parameters.AddWithValue("$fullFromHour", FullFromMs / HourMs);
        command.Parameters.AddWithValue("$fullToHour", FullToMs / HourMs);
        command.Parameters.AddWithValue("$daysFromHour", DaysFromMs / HourMs);
        command.Parameters.AddWithValue("$daysToHour", DaysToMs / HourMs);
        command.Parameters.AddWithValue("$daysFromDay", DaysFromMs / DayMs);
        command.Parameters.AddWithValue("$daysToDay", DaysToMs / DayMs);
    }
}

/// <summary>The coarsest rollup an aggregate may read (see <see cref="OverviewSql"/>).</summary>
internal enum RollupUnit { None, Hour, Day }
