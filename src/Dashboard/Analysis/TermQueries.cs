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
    /// Whether search text is looked up in the ArticleSearch index like the overview's, and a source or outlet filter
    /// walks the sources' index (the default); false reads every row of the window from ArticleTopics, confirming search
    /// text with instr: the reference both faster paths are tested against.
    /// </summary>
    internal bool UseSearchIndex { get; init; } = true;

    public async Task<IReadOnlyList<PerspectiveTerms>> ForViewAsync(ViewFilter filter, DateTime nowUtc, int top, CancellationToken ct) =>
        DistinctiveTerms.Compute(await DocumentsAsync(new OverviewSql(filter, nowUtc, searchIndex: UseSearchIndex), ct), Math.Clamp(top, 1, 50));

    /// <summary>The view's newest <see cref="MaxDocuments"/> classified articles as documents; the id breaks SortAt ties.</summary>
    private async Task<List<TermDocument>> DocumentsAsync(OverviewSql sql, CancellationToken ct)
    {
        static TermDocument Document(string perspectiveId, string title, string? snippet) => new(perspectiveId, title + " " + snippet);
        const string classified = $" AND a.PerspectiveId <> '{Classification.UnclassifiedId}'";
        // With search text, the text index's candidates within the window (as the overview's aggregates read them)
        // instead of instr over every row of the window. Search rows are Articles rows, whose SortAt and PerspectiveId
        // are the ones ArticleTopics copies.
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (sql.SearchMatch is not null)
        {
            // The newest matches by id first, then their text: sorting the matches with their text in SQL cost more
            // than reading the chosen rows again (30 days of q=taiwan on 1M articles: 8,538 matches, 5,000 kept).
            var newest = (await SearchScan.ReadAsync(contexts, sql, "a.Id, a.SortAt", classified, r => (Id: r.GetInt64(0), SortAt: r.GetInt64(1)), ct))
                .OrderByDescending(m => m.SortAt).ThenByDescending(m => m.Id).Take(MaxDocuments).Select(m => m.Id);
            await using var text = await db.CommandAsync("""
                SELECT a.PerspectiveId, a.Title, a.Snippet FROM json_each($ids) j JOIN Articles a ON a.Id = j.value ORDER BY j.key
                """, ct);
            text.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(newest));
            var found = new List<TermDocument>();
            await using var rows = await text.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct)) found.Add(Document(rows.GetString(0), rows.GetString(1), rows.IsDBNull(2) ? null : rows.GetString(2)));
            return found;
        }
        // With a source or outlet filter, the sources' index finds the newest articles before any text is read.
        await using var command = await db.CommandAsync(UseSearchIndex && sql.BySource
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
