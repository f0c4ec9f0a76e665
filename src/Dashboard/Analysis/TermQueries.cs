using Dashboard.Overview;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Analysis;

/// <summary>Distinctive terms of each perspective for a view, from its newest headlines and snippets.</summary>
public sealed class TermQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>Enough text for stable estimates while keeping one computation in the tens of milliseconds.</summary>
    public const int MaxDocuments = 5000;

    public async Task<IReadOnlyList<PerspectiveTerms>> ForViewAsync(ViewFilter filter, DateTime nowUtc, int top, CancellationToken ct)
    {
        var sql = new OverviewSql(filter, nowUtc);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = $"""
            SELECT t.PerspectiveId, a.Title, a.Snippet FROM {sql.From(withArticles: true)}
            WHERE {sql.Where()} AND t.PerspectiveId <> 'unclassified'
            ORDER BY t.SortAt DESC LIMIT {MaxDocuments}
            """;
        sql.Bind(command);
        var documents = new List<TermDocument>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                documents.Add(new TermDocument(reader.GetString(0), reader.GetString(1) + " " + (reader.IsDBNull(2) ? "" : reader.GetString(2))));
        return DistinctiveTerms.Compute(documents, Math.Clamp(top, 1, 50));
    }
}
