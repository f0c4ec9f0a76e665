using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Stories;

/// <summary>
/// Places committed articles into stories and stores the assignment (Articles.StoryId). The clusterer lives in
/// memory with the window's articles; at start-up it is rebuilt from the database — stored assignments restored,
/// articles never placed (e.g. a crash between commit and placement) placed now — so ids survive restarts.
/// Placement is serialised: the clusterer is not thread-safe and feeds refresh concurrently.
/// </summary>
public sealed class StoryAssigner(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options, ILogger<StoryAssigner> logger,
    SearchWindow? window = null, IHeadlineEmbedder? embedder = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoryClusterer? _clusterer;

    public int WindowCount => _clusterer?.Count ?? 0;

    /// <summary>Rebuilds the clusterer from the stored window; a no-op once done.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try { await EnsureLoadedAsync(ct); }
        finally { _gate.Release(); }
    }

    /// <summary>Places <paramref name="added"/> (in commit order) and returns them with their story ids.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> AssignAsync(IReadOnlyList<ArticleSummary> added, CancellationToken ct)
    {
        if (added.Count == 0) return added;
        await _gate.WaitAsync(ct);
        try
        {
            var clusterer = await EnsureLoadedAsync(ct);
            var merges = new List<StoryMerge>();
            var placed = new Dictionary<long, ArticleSummary>();
            foreach (var a in added.OrderBy(a => a.Id))
            {
                var placement = clusterer.Place(new StoryInput(a.Id, a.Title, a.Snippet, a.SortAt));
                merges.AddRange(placement.Merges);
                placed[a.Id] = a with { StoryId = placement.StoryId };
            }
            // A later article of the batch may have merged an earlier one's story away.
            var final = merges.Count == 0 ? placed : placed.ToDictionary(p => p.Key, p => p.Value with { StoryId = Follow(merges, p.Value.StoryId!.Value) });
            clusterer.Evict(added.Max(a => a.SortAt));
            await SaveAsync(final.Values.Select(a => (a.Id, a.StoryId!.Value)).ToList(), merges, ct);
            if (merges.Count > 0)
                logger.LogInformation("stories: merged {Merges} (same event)", string.Join(", ", merges.Select(m => $"{m.From} into {m.To}")));
            return added.Select(a => final[a.Id]).ToList();
        }
        finally { _gate.Release(); }
    }

    private async Task<StoryClusterer> EnsureLoadedAsync(CancellationToken ct)
    {
        if (_clusterer is not null) return _clusterer;
        var settings = options.Value.Stories;
        var clustering = new StoryClusteringOptions { WindowHours = settings.WindowHours, Aliases = settings.Aliases };
        if (settings.Threshold is { } threshold) clustering.Threshold = threshold;
        var clusterer = new StoryClusterer(clustering, settings.Embeddings ? embedder : null);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var newest = await db.Articles.MaxAsync(a => (DateTime?)a.SortAt, ct);
        var unplaced = new List<(long Id, long StoryId)>();
        if (newest is { } last)
        {
            // Twice the window: an article may join a story through a member up to one window older than itself.
            var from = last.AddHours(-2 * settings.WindowHours);
            var rows = await db.Articles.Where(a => a.SortAt >= from).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Title, a.Snippet, a.SortAt, a.StoryId }).ToListAsync(ct);
            foreach (var row in rows)
            {
                var input = new StoryInput(row.Id, row.Title, row.Snippet, row.SortAt);
                if (row.StoryId is { } story) clusterer.Restore(input, story);
                else unplaced.Add((row.Id, clusterer.Place(input).StoryId));
            }
            clusterer.Evict(last);
        }
        // Merges found while placing left-over articles are not applied to the stored rows: the stories stay apart,
        // which is what every page showed before the restart.
        await SaveAsync(unplaced, [], ct);
        logger.LogInformation("stories: index rebuilt with {Count} articles ({Placed} placed now)", clusterer.Count, unplaced.Count);
        return _clusterer = clusterer;
    }

    private static long Follow(List<StoryMerge> merges, long storyId)
    {
        foreach (var merge in merges)
            if (merge.From == storyId) storyId = merge.To;
        return storyId;
    }

    private async Task SaveAsync(IReadOnlyList<(long Id, long StoryId)> assignments, IReadOnlyList<StoryMerge> merges, CancellationToken ct)
    {
        if (assignments.Count == 0 && merges.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
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
        if (merges.Count > 0) await MergeAsync(connection, tx, merges, ct);
        await tx.CommitAsync(ct);
        window?.StoriesPlaced(assignments);
        if (merges.Count > 0) window?.StoriesMerged(merges);
    }

    /// <summary>Moves the merged stories' articles (in the window or not) to the kept story and records the redirects.</summary>
    private static async Task MergeAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<StoryMerge> merges, CancellationToken ct)
    {
        await using var merge = connection.CreateCommand();
        merge.Transaction = tx;
        merge.CommandText = """
            UPDATE Articles SET StoryId = $to WHERE StoryId = $from;
            UPDATE ArticleTopics SET StoryId = $to WHERE StoryId = $from;
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
}
