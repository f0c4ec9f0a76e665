using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Stories;

/// <summary>The stored side of story placement: assignments, merges with their redirects, headline vectors.</summary>
internal static class StoryRows
{
    public static async Task AssignAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<(long Id, long StoryId)> assignments, CancellationToken ct)
    {
        if (assignments.Count == 0) return;
        await using var update = connection.CreateCommand();
        update.Transaction = tx;
        // ArticleTopics carries the story too, so a view's stories are ranked from its covering index alone.
        update.CommandText = """
            UPDATE Articles SET StoryId = $story WHERE Id = $id;
            UPDATE ArticleTopics SET StoryId = $story WHERE ArticleId = $id;
            """;
        var story = update.Parameters.Add("$story", SqliteType.Integer);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        foreach (var (articleId, storyId) in assignments)
        {
            (story.Value, id.Value) = (storyId, articleId);
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Moves the merged stories' articles (held in the window or not) to the kept story and records the redirects.
    /// A story's articles all have ids from the story's id on (its first article's), so a key range finds them.
    /// </summary>
    public static async Task MergeAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<StoryMerge> merges, CancellationToken ct)
    {
        if (merges.Count == 0) return;
        await using var merge = connection.CreateCommand();
        merge.Transaction = tx;
        merge.CommandText = """
            UPDATE Articles SET StoryId = $to WHERE Id >= $from AND StoryId = $from;
            UPDATE ArticleTopics SET StoryId = $to WHERE ArticleId >= $from AND StoryId = $from;
            UPDATE StoryRedirects SET ToStoryId = $to WHERE ToStoryId = $from;
            INSERT OR REPLACE INTO StoryRedirects (FromStoryId, ToStoryId, MergedAt) VALUES ($from, $to, $at);
            """;
        var from = merge.Parameters.Add("$from", SqliteType.Integer);
        var to = merge.Parameters.Add("$to", SqliteType.Integer);
        merge.Parameters.AddWithValue("$at", UtcDateTimeConverter.ToUnixMs(DateTime.UtcNow));
        foreach (var m in merges)
        {
            (from.Value, to.Value) = (m.From, m.To);
            await merge.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task SaveVectorsAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken ct)
    {
        if (vectors.Count == 0) return;
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT OR REPLACE INTO ArticleVectors (ArticleId, Vector) VALUES ($id, $vector)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var vector = insert.Parameters.Add("$vector", SqliteType.Blob);
        foreach (var (articleId, floats) in vectors)
        {
            (id.Value, vector.Value) = (articleId, VectorBytes.From(floats));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Vectors of articles older than the rebuild horizon are never read again.</summary>
    public static Task PruneVectorsAsync(DashboardDbContext db, long firstIdKept, CancellationToken ct) =>
        db.ArticleVectors.Where(v => v.ArticleId < firstIdKept).ExecuteDeleteAsync(ct);
}
