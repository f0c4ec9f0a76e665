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
        var segments = new List<WindowSegment>();

        await using (var articles = Command(connection, tx, cutoffMs, """
            SELECT Id, SortAt, PerspectiveId, SourceId, Outlet, StoryId, Title, Snippet FROM Articles
            WHERE Id >= (SELECT min(Id) FROM Articles INDEXED BY IX_Articles_SortAt WHERE SortAt >= $cutoff) AND +SortAt >= $cutoff ORDER BY Id
            """))
        await using (var reader = await articles.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                if (segments.Count == 0 || segments[^1].IsFull)
                {
                    if (segments.Count > 0) segments[^1].Seal();
                    segments.Add(new WindowSegment(_tables));
                }
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                segments[^1].Append(reader.GetInt64(0), reader.GetInt64(1), _tables.Perspectives.Intern(reader.GetString(2)),
                    _tables.Sources.Intern(Text(3) is { Length: > 0 } source ? source : null), _tables.Outlets.Intern(Text(4)),
                    reader.IsDBNull(5) ? WindowSegment.NoStory : reader.GetInt64(5), reader.GetString(6), Text(7), []);
            }

        if (segments.Count > 0)
        {
            await using var topics = Command(connection, tx, cutoffMs, "SELECT ArticleId, TopicId FROM ArticleTopics WHERE ArticleId >= $first ORDER BY ArticleId");
            topics.Parameters.AddWithValue("$first", segments[0].FirstId);
            await using var reader = await topics.ExecuteReaderAsync(ct);
            var (index, slot) = (0, 0);
            while (await reader.ReadAsync(ct))
            {
                // Merge: both are in id order; topic rows of articles older than the window have no slot.
                var articleId = reader.GetInt64(0);
                while (index < segments.Count)
                {
                    if (slot == segments[index].Count) (index, slot) = (index + 1, 0);
                    else if (segments[index].Ids[slot] < articleId) slot++;
                    else break;
                }
                if (index == segments.Count) break;
                if (segments[index].Ids[slot] == articleId) segments[index].SetTopic(slot, _tables.Topics.Intern(reader.GetString(1)));
            }
        }
        await tx.CommitAsync(ct);
        return [.. segments];
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, long cutoffMs, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$cutoff", cutoffMs);
        return command;
    }
}
