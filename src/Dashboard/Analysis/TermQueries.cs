using Dashboard.Classifying;
using Dashboard.Overview;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Analysis;

/// <summary>Distinctive terms of each perspective for a view, from its newest headlines and snippets.</summary>
public sealed class TermQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>Enough text for stable estimates while keeping one computation in the tens of milliseconds.</summary>
    public const int MaxDocuments = 5000;

    /// <summary>
    /// Whether search text is looked up in the ArticleSearch index like the overview's (the default); false confirms
    /// every row of the window with instr, the reference the index path is tested against.
    /// </summary>
    internal bool UseSearchIndex { get; init; } = true;

    public async Task<IReadOnlyList<PerspectiveTerms>> ForViewAsync(ViewFilter filter, DateTime nowUtc, int top, CancellationToken ct)
    {
        var sql = new OverviewSql(filter, nowUtc);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // With search text, the text index's candidates within the window (as the overview's aggregates read them)
        // instead of instr over every row of the window. Search rows are Articles rows, whose SortAt and PerspectiveId
        // are the ones ArticleTopics copies; the id breaks SortAt ties, so both paths pick the same documents.
        var text = UseSearchIndex && sql.SearchMatch is not null
            ? $"""
              WITH {OverviewSql.BoundCte}
              SELECT a.PerspectiveId, a.Title, a.Snippet FROM {OverviewSql.SearchFrom}
              WHERE {sql.SearchWhere($" AND a.PerspectiveId <> '{Classification.UnclassifiedId}'")}
              ORDER BY a.SortAt DESC, a.Id DESC LIMIT {MaxDocuments}
              """
            : $"""
              SELECT t.PerspectiveId, a.Title, a.Snippet FROM {sql.From(withArticles: true)}
              WHERE {sql.Where()} AND t.PerspectiveId <> '{Classification.UnclassifiedId}'
              ORDER BY t.SortAt DESC, t.ArticleId DESC LIMIT {MaxDocuments}
              """;
        await using var command = await db.CommandAsync(text, ct);
        sql.Bind(command);
        var documents = new List<TermDocument>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                documents.Add(new TermDocument(reader.GetString(0), reader.GetString(1) + " " + (reader.IsDBNull(2) ? "" : reader.GetString(2))));
        return DistinctiveTerms.Compute(documents, Math.Clamp(top, 1, 50));
    }
}
