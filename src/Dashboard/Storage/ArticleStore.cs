using Dashboard.Live;
using Dashboard.Search;
using Microsoft.Data.Sqlite;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Storage;

/// <summary>
/// Writes one refresh (its new articles, the feed's health and the fetch event) in one transaction.
/// Idempotent: the unique DedupeKey index decides what is new, so a re-poll, a crash between fetch
/// and commit, or a restart never duplicates an article.
/// </summary>
public sealed class ArticleStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time, SearchWindow? window = null)
{
    // SQLite has one writer; serialising here turns "database is locked" into a short wait.
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>
    /// Commits a refresh and returns the articles it added (empty when all were known). <paramref name="outage"/>
    /// opens or closes the feed's outage record in the same transaction.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> CommitRefreshAsync(
        string feedId, IReadOnlyList<ArticleCandidate> candidates, Action<FeedState> updateFeed,
        FetchEvent fetchEvent, int eventsKept, CancellationToken ct, FeedOutageMark? outage = null)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var feed = await db.Feeds.SingleOrDefaultAsync(f => f.Id == feedId, ct)
                ?? throw new InvalidOperationException($"store: feed '{feedId}' is not in the database");

            var (added, topicRows) = candidates.Count == 0 ? ([], []) : InsertArticles(db, tx, feedId, candidates);

            if (outage is not null) await outage.ApplyAsync(db, feed, ct);
            updateFeed(feed);
            feed.ArticlesAdded += added.Count;
            fetchEvent.NewArticles = added.Count;
            db.FetchEvents.Add(fetchEvent);
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM FetchEvents WHERE FeedId = {feedId} AND Id NOT IN (SELECT Id FROM FetchEvents WHERE FeedId = {feedId} ORDER BY Id DESC LIMIT {eventsKept})", ct);
            await tx.CommitAsync(ct);
            // Still under the writer lock, so the window hears of commits in commit (and id) order.
            window?.Committed(added, topicRows);
            return added;
        }
        finally
        {
            _writer.Release();
        }
    }

    // Synchronous: Microsoft.Data.Sqlite's async methods complete synchronously anyway.
    private (IReadOnlyList<ArticleSummary> Added, IReadOnlyList<TopicRow> TopicRows) InsertArticles(DashboardDbContext db, IDbContextTransaction tx, string feedId, IReadOnlyList<ArticleCandidate> candidates)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        var unique = candidates.DistinctBy(c => c.DedupeKey, StringComparer.Ordinal).ToList();
        var existing = ArticleCommands.FindByKeys(connection, transaction, unique.Select(c => c.DedupeKey).ToList());
        var now = time.GetUtcNow().UtcDateTime;

        var topics = new List<TopicRow>();
        // The same article seen through another feed may carry that feed's topics too.
        foreach (var c in unique)
            if (existing.TryGetValue(c.DedupeKey, out var known) && known.FeedId != feedId)
                topics.AddRange(c.Topics.Select(t => new TopicRow(known.Id, t, known.SortAt, known.PerspectiveId, known.SourceId, known.Outlet, known.StoryId)));

        var rows = unique.Where(c => !existing.ContainsKey(c.DedupeKey))
            .Select(c => new NewArticleRow(c, feedId, now, SortTime(c.PublishedAt, now))).ToList();
        var ids = ArticleCommands.InsertArticles(connection, rows);

        var added = new List<ArticleSummary>(ids.Count);
        foreach (var row in rows)
        {
            // Absent when another process inserted the same key first: it is stored, just not by us.
            if (!ids.TryGetValue(row.Candidate.DedupeKey, out var id)) continue;
            var c = row.Candidate;
            topics.AddRange(c.Topics.Select(t => new TopicRow(id, t, row.SortAt, c.PerspectiveId, c.SourceId, c.Outlet)));
            added.Add(new ArticleSummary(id, c.Title, c.Outlet, c.SourceId, c.PerspectiveId, c.PerspectiveRule,
                c.Link, c.Snippet, c.PublishedAt, now, row.SortAt, feedId, c.Language, c.Topics));
        }
        OverviewIndex.AddSearchText(connection, added.Select(a => (a.Id, a.Title, a.Snippet)));
        var inserted = ArticleCommands.InsertTopics(connection, topics);
        OverviewIndex.AddTopicRows(connection, inserted);
        return (added, inserted);
    }

    /// <summary>Feeds sometimes date items in the future; those sort by when we first saw them.</summary>
    internal static DateTime SortTime(DateTime? published, DateTime seen) =>
        published is { } p && p <= seen.AddMinutes(5) ? p : seen;
}
