namespace Dashboard.Overview;

/// <summary>
/// The view's filter on <c>Articles a</c> rows, for the paths that start from articles instead of ArticleTopics: search
/// text through the ArticleSearch index, and a source or outlet filter through the sources' index.
/// </summary>
internal sealed partial class OverviewSql
{
    /// <summary>
    /// Search rows: the ids the text index proposes within <see cref="BoundCte"/>'s range, as <c>Articles a</c>. CROSS JOIN
    /// keeps the index the outer loop (probed per row instead, it would run the full-text query once per row).
    /// </summary>
    public const string SearchFrom = "ArticleSearch s CROSS JOIN Articles a ON a.Id = s.rowid";

    /// <summary>
    /// The view's terms on a search row whose id lies in the range of <see cref="BoundCte"/>. Articles' SortAt and
    /// PerspectiveId are the ones ArticleTopics copies, so only topic membership needs ArticleTopics: one probe of its
    /// primary key, not a row read.
    /// </summary>
    public string SearchWhere(string extra = "") =>
        $"ArticleSearch MATCH $match AND s.rowid >= (SELECT lo FROM bound) AND s.rowid <= (SELECT hi FROM bound) AND {ArticleRowWhere}{extra}";

    /// <summary>The view's terms on an Articles row <c>a</c>: window, topic membership (a probe), perspectives, sources, outlet, text.</summary>
    private string ArticleRowWhere
    {
        get
        {
            var terms = new List<string> { "a.SortAt >= $from", "a.SortAt < $to", "EXISTS (SELECT 1 FROM ArticleTopics x WHERE x.ArticleId = a.Id AND x.TopicId = $topic)" };
            if (Filter.Perspectives.Count > 0) terms.Add($"a.PerspectiveId {PerspectiveTest}");
            terms.AddRange(ArticleTerms());
            return string.Join(" AND ", terms);
        }
    }

    /// <summary>Whether the view names sources or an outlet and takes the fast paths: <see cref="SourceRows"/> finds its articles.</summary>
    public bool BySource { get; }

    /// <summary>
    /// The view's newest <paramref name="limit"/> articles of its sources (or of its outlet: the index's null-source range,
    /// since no source is stored as null), as <c>Articles a</c>, newest first, through the (SourceId, SortAt,
    /// PerspectiveId, StoryId) index, for views that are <see cref="BySource"/>. A source's share of a month is a few
    /// thousand articles, where the topic's rows are ~200,000, each needing its Articles row for the source. INDEXED BY
    /// because SQLite cannot size json_each's list and walks SortAt instead.
    /// </summary>
    public string SourceRows(string columns, string extra, int limit) => $"""
        SELECT {columns} FROM Articles a INDEXED BY IX_Articles_SourceId_SortAt_PerspectiveId_StoryId
        WHERE {(Filter.Sources.Count == 0 ? "a.SourceId IS NULL AND " : "")}{ArticleRowWhere}{extra} ORDER BY a.SortAt DESC, a.Id DESC LIMIT {limit}
        """;

    /// <summary>
    /// CTE <c>bound(lo, hi)</c>: the smallest and largest article id of the topic in the window's hours, so a search reads
    /// only that rowid range of the text index (ids grow with ingestion, so it is about the window's share of it).
    /// </summary>
    public const string BoundCte = """
        bound(lo, hi) AS (SELECT min(MinArticleId), max(MaxArticleId) FROM TopicHours
                          WHERE TopicId = $topic AND Hour >= $fromHour AND Hour <= $lastHour)
        """;
}
