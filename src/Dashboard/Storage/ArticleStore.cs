using System.Data.Common;
using Dashboard.Live;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Storage;

/// <summary>
/// Writes one refresh (its new articles, the feed's health and the fetch event) in one transaction.
/// Idempotent: the unique DedupeKey index decides what is new, so a re-poll, a crash between fetch
/// and commit, or a restart never duplicates an article.
/// </summary>
public sealed class ArticleStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    private const int KeyChunk = 500;
    // SQLite has one writer; serialising here turns "database is locked" into a short wait.
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Commits a refresh and returns the articles it added (empty when all were known).</summary>
    public async Task<IReadOnlyList<ArticleSummary>> CommitRefreshAsync(
        string feedId, IReadOnlyList<ArticleCandidate> candidates, Action<FeedState> updateFeed,
        FetchEvent fetchEvent, int eventsKept, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var feed = await db.Feeds.SingleOrDefaultAsync(f => f.Id == feedId, ct)
                ?? throw new InvalidOperationException($"store: feed '{feedId}' is not in the database");

            var added = candidates.Count == 0 ? [] : await InsertArticlesAsync(db, tx, feedId, candidates, ct);

            updateFeed(feed);
            feed.ArticlesAdded += added.Count;
            fetchEvent.NewArticles = added.Count;
            db.FetchEvents.Add(fetchEvent);
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM FetchEvents WHERE FeedId = {feedId} AND Id NOT IN (SELECT Id FROM FetchEvents WHERE FeedId = {feedId} ORDER BY Id DESC LIMIT {eventsKept})", ct);
            await tx.CommitAsync(ct);
            return added;
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<IReadOnlyList<ArticleSummary>> InsertArticlesAsync(
        DashboardDbContext db, IDbContextTransaction tx, string feedId, IReadOnlyList<ArticleCandidate> candidates, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        var unique = candidates.DistinctBy(c => c.DedupeKey, StringComparer.Ordinal).ToList();
        var existing = await FindExistingAsync(connection, transaction, unique.Select(c => c.DedupeKey), ct);
        var now = time.GetUtcNow().UtcDateTime;

        using var insert = ArticleCommands.InsertArticle(connection, transaction);
        using var insertTopic = ArticleCommands.InsertTopic(connection, transaction);
        var added = new List<ArticleSummary>();
        foreach (var c in unique)
        {
            if (existing.TryGetValue(c.DedupeKey, out var known))
            {
                // The same article seen through another feed may carry that feed's topics too.
                if (known.FeedId != feedId)
                    foreach (var topic in c.Topics)
                        await ArticleCommands.RunTopicAsync(insertTopic, known.Id, topic, known.SortAt, known.PerspectiveId, ct);
                continue;
            }
            var sortAt = SortTime(c.PublishedAt, now);
            var id = await ArticleCommands.RunInsertAsync(insert, c, feedId, now, sortAt, ct);
            if (id is null) continue; // inserted concurrently by another process: already stored
            foreach (var topic in c.Topics)
                await ArticleCommands.RunTopicAsync(insertTopic, id.Value, topic, sortAt, c.PerspectiveId, ct);
            added.Add(new ArticleSummary(id.Value, c.Title, c.Outlet, c.SourceId, c.PerspectiveId, c.PerspectiveRule,
                c.Link, c.Snippet, c.PublishedAt, now, sortAt, feedId, c.Language, c.Topics));
        }
        return added;
    }

    /// <summary>Feeds sometimes date items in the future; those sort by when we first saw them.</summary>
    internal static DateTime SortTime(DateTime? published, DateTime seen) =>
        published is { } p && p <= seen.AddMinutes(5) ? p : seen;

    private static async Task<Dictionary<string, KnownArticle>> FindExistingAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, KnownArticle>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeyChunk))
        {
            using var cmd = ArticleCommands.SelectByKeys(connection, transaction, chunk);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                found[reader.GetString(1)] = new KnownArticle(reader.GetInt64(0), reader.GetString(2),
                    DateTime.UnixEpoch.AddMilliseconds(reader.GetInt64(3)), reader.GetString(4));
        }
        return found;
    }

    private sealed record KnownArticle(long Id, string FeedId, DateTime SortAt, string PerspectiveId);
}
