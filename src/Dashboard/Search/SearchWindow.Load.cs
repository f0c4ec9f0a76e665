using System.Diagnostics;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Search;

public sealed partial class SearchWindow
{
    /// <summary>Why the window is off after failing to load or to follow a commit, or null (see <see cref="SearchWindowHealthCheck"/>).</summary>
    public string? Error { get; private set; }

    /// <summary>
    /// Loads the window's articles from one read snapshot, then applies the changes committed meanwhile. Until it is done,
    /// and for good when it fails or the window is off (0 days), searches read the database.
    /// </summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        if (Days <= 0)
        {
            lock (_sync) _pending = null;
            logger.LogInformation("search window: off (Storage:SearchWindowDays is 0); searches read the database");
            return;
        }
        lock (_sync)
            if (_pending is null) return; // loaded already, or given up
        var clock = Stopwatch.StartNew();
        var cutoff = UtcDateTimeConverter.ToUnixMs(time.GetUtcNow().UtcDateTime) - Days * DayMs;
        try
        {
            var segments = await ReadAsync(cutoff, ct);
            lock (_sync)
            {
                if (_pending is null) return; // given up while loading (see Apply)
                _segments = segments;
                Volatile.Write(ref _completeFromMs, cutoff);
                var pending = _pending;
                _pending = null;
                foreach (var change in pending) Run(change);
            }
            var (articles, bytes) = Size;
            logger.LogInformation("search window: {Articles} articles of the last {Days} days in memory ({Megabytes:F1} MB), loaded in {Seconds:F1} s",
                articles, Days, bytes / 1e6, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            lock (_sync) _pending = null;
            Error = "load failed: " + e.Message;
            logger.LogError(e, "search window: load failed; searches read the database instead");
        }
    }

    /// <summary>
    /// The articles with SortAt at or after <paramref name="cutoffMs"/>, and their topics, in one transaction. Both walk the
    /// id range from the oldest such article (ids grow with ingestion, so that range is about the window) in id order,
    /// which needs no sort and lets the topic rows be merged in ("+SortAt" keeps SQLite off the SortAt index, which
    /// would make it sort the window by id).
    /// </summary>
    private async Task<WindowSegment[]> ReadAsync(long cutoffMs, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // A read transaction: one snapshot for both statements (WAL), taking no write lock.
        await using var tx = connection.BeginTransaction(deferred: true);
        var segments = await ReadArticlesAsync(connection, tx, cutoffMs, ct);
        if (segments.Count > 0) await ReadTopicsAsync(connection, tx, segments, ct);
        await tx.CommitAsync(ct);
        return [.. segments];
    }

    private async Task<List<WindowSegment>> ReadArticlesAsync(SqliteConnection connection, SqliteTransaction tx, long cutoffMs, CancellationToken ct)
    {
        var segments = new List<WindowSegment>();
        await using (var command = Command(connection, tx, """
            SELECT Id, SortAt, PerspectiveId, SourceId, Outlet, StoryId, Title, Snippet FROM Articles
            WHERE Id >= (SELECT min(Id) FROM Articles INDEXED BY IX_Articles_SortAt WHERE SortAt >= $cutoff) AND +SortAt >= $cutoff ORDER BY Id
            """, "$cutoff", cutoffMs))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                if (segments.Count == 0 || segments[^1].IsFull)
                {
                    if (segments.Count > 0) segments[^1].Seal();
                    segments.Add(new WindowSegment(_tables));
                }
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                segments[^1].Append(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), Text(3), Text(4),
                    reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.GetString(6), Text(7), []);
            }
        return segments;
    }

    /// <summary>Merges the topic rows from the first held id on into the segments: both are in id order.</summary>
    private static async Task ReadTopicsAsync(SqliteConnection connection, SqliteTransaction tx, List<WindowSegment> segments, CancellationToken ct)
    {
        await using (var command = Command(connection, tx,
            "SELECT ArticleId, TopicId FROM ArticleTopics WHERE ArticleId >= $first ORDER BY ArticleId", "$first", segments[0].FirstId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var (index, slot) = (0, 0);
            while (await reader.ReadAsync(ct))
            {
                // Topic rows of articles older than the window have no slot.
                var articleId = reader.GetInt64(0);
                while (index < segments.Count)
                {
                    if (slot == segments[index].Count) (index, slot) = (index + 1, 0);
                    else if (segments[index].Ids[slot] < articleId) slot++;
                    else break;
                }
                if (index == segments.Count) return;
                if (segments[index].Ids[slot] == articleId) segments[index].AddTopic(slot, reader.GetString(1));
            }
        }
    }

    /// <summary>A command in the load's transaction, with one parameter.</summary>
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, string name, long value)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.Parameters.AddWithValue(name, value);
        return command;
    }
}
