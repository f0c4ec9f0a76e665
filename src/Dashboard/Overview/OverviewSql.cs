using System.Text.Json;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Overview;

/// <summary>
/// A view's filter as SQL over <c>ArticleTopics t</c> (joined to <c>Articles a</c> only when a source or text
/// filter needs it). Its time and perspective terms match the (TopicId, SortAt) and (TopicId, PerspectiveId,
/// SortAt) indexes; id lists travel as one JSON parameter expanded by json_each.
/// </summary>
internal sealed class OverviewSql
{
    public OverviewSql(ViewFilter filter, DateTime nowUtc)
    {
        Filter = filter;
        var (from, to) = filter.Range.Resolve(nowUtc);
        (FromMs, ToMs) = (UtcDateTimeConverter.ToUnixMs(from), UtcDateTimeConverter.ToUnixMs(to));
        Needle = TextQuery.Needle(filter.Query);
    }

    public ViewFilter Filter { get; }
    public long FromMs { get; }
    public long ToMs { get; }
    public string? Needle { get; }

    public bool NeedsArticles => Filter.Sources.Count > 0 || Needle is not null;

    public string From(bool withArticles = false) =>
        withArticles || NeedsArticles ? "ArticleTopics t JOIN Articles a ON a.Id = t.ArticleId" : "ArticleTopics t";

    /// <summary>
    /// Topic, source and text terms plus <paramref name="perspective"/> (a ready term such as "t.PerspectiveId = p.id",
    /// or null for the filter's list) and the window [<paramref name="fromMs"/>, <paramref name="toMs"/>), default the view's.
    /// </summary>
    public string Where(string? perspective = null, string fromMs = "$from", string toMs = "$to")
    {
        var terms = new List<string> { "t.TopicId = $topic", $"t.SortAt >= {fromMs}", $"t.SortAt < {toMs}" };
        if (perspective is not null) terms.Add(perspective);
        else if (Filter.Perspectives.Count > 0) terms.Add("t.PerspectiveId IN (SELECT value FROM json_each($persp))");
        if (Filter.Sources.Count > 0) terms.Add("a.SourceId IN (SELECT value FROM json_each($src))");
        if (Needle is not null) terms.Add("(instr(lower(a.Title), $q) > 0 OR instr(lower(a.Snippet), $q) > 0)");
        return string.Join(" AND ", terms);
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

    public void Bind(SqliteCommand command)
    {
        command.Parameters.AddWithValue("$topic", Filter.Topic);
        command.Parameters.AddWithValue("$from", FromMs);
        command.Parameters.AddWithValue("$to", ToMs);
        command.Parameters.AddWithValue("$persp", JsonSerializer.Serialize(Filter.Perspectives));
        command.Parameters.AddWithValue("$src", JsonSerializer.Serialize(Filter.Sources));
        command.Parameters.AddWithValue("$q", (object?)Needle ?? DBNull.Value);
    }
}
