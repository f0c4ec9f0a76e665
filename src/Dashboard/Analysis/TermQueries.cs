using Dashboard.Classifying;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Analysis;

/// <summary>Distinctive terms of each perspective for a view, from its newest headlines and snippets.</summary>
public sealed class TermQueries(IDbContextFactory<DashboardDbContext> contexts, SearchWindow? window = null)
{
    /// <summary>Enough text for stable estimates while keeping one computation in the tens of milliseconds.</summary>
    public const int MaxDocuments = 5000;

    /// <summary>
    /// Whether search text is looked up in the ArticleSearch index like the overview's, and a source or outlet filter
    /// walks the sources' index (the default); false reads every row of the window from ArticleTopics, confirming search
    /// text with instr: the reference both faster paths are tested against.
    /// </summary>
    internal bool UseSearchIndex { get; init; } = true;

    /// <summary>The view's significant terms only (z ≥ 1.96): a term that merely leans one way is not reported.</summary>
    public async Task<IReadOnlyList<PerspectiveTerms>> ForViewAsync(ViewFilter filter, DateTime nowUtc, int top, CancellationToken ct) =>
        DistinctiveTerms.Compute(await DocumentsAsync(new OverviewSql(filter, nowUtc, fastPaths: UseSearchIndex, window: window), ct), Math.Clamp(top, 1, 50),
            minZ: DistinctiveTerms.SignificantZ);

    /// <summary>The view's newest <see cref="MaxDocuments"/> classified articles as documents; the id breaks SortAt ties.</summary>
    private async Task<List<TermDocument>> DocumentsAsync(OverviewSql sql, CancellationToken ct)
    {
        static TermDocument Document(string perspectiveId, string title, string? snippet) => new(perspectiveId, title + " " + snippet);
        const string classified = $" AND a.PerspectiveId <> '{Classification.UnclassifiedId}'";
        // With search text, the search window's matches when it holds the view's range. Its text is ASCII-folded, which
        // the tokenizer does anyway, so the terms are the same.
        if (sql.Window is { } searchWindow)
            return searchWindow.Newest(sql, MaxDocuments, m => m.PerspectiveId != Classification.UnclassifiedId).ConvertAll(m =>
            {
                var (title, snippet) = m.Segment.Texts(m.Slot);
                return Document(m.PerspectiveId, title, snippet);
            });
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Else the text index's candidates within the window (as the overview's aggregates read them)
        // instead of instr over every row of the window. Search rows are Articles rows, whose SortAt and PerspectiveId
        // are the ones ArticleTopics copies.
        if (sql.SearchMatch is not null)
            return await SearchScan.ReadAsync(db, sql, "a.PerspectiveId, a.Title, a.Snippet", classified,
                r => Document(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)), ct,
                $"ORDER BY a.SortAt DESC, a.Id DESC LIMIT {MaxDocuments}");
        // With a source or outlet filter, the sources' index finds the newest articles before any text is read.
        await using var command = await db.CommandAsync(sql.BySource
            ? $"""
              WITH hit(Id, SortAt) AS MATERIALIZED ({sql.SourceRows("a.Id, a.SortAt", classified, MaxDocuments)})
              SELECT a.PerspectiveId, a.Title, a.Snippet FROM hit JOIN Articles a ON a.Id = hit.Id ORDER BY hit.SortAt DESC, hit.Id DESC
              """
            : $"""
              SELECT t.PerspectiveId, a.Title, a.Snippet FROM {sql.From(withArticles: true)}
              WHERE {sql.Where()} AND t.PerspectiveId <> '{Classification.UnclassifiedId}'
              ORDER BY t.SortAt DESC, t.ArticleId DESC LIMIT {MaxDocuments}
              """, ct);
        sql.Bind(command);
        var documents = new List<TermDocument>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            documents.Add(Document(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return documents;
    }
}
