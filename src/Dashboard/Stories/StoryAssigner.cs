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
    SearchWindow? window = null)
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
            var placed = added.OrderBy(a => a.Id)
                .Select(a => a with { StoryId = clusterer.Place(new StoryInput(a.Id, a.Title, a.Snippet, a.SortAt)) })
                .ToDictionary(a => a.Id);
            clusterer.Evict(added.Max(a => a.SortAt));
            await SaveAsync(placed.Values.Select(a => (a.Id, a.StoryId!.Value)).ToList(), ct);
            return added.Select(a => placed[a.Id]).ToList();
        }
        finally { _gate.Release(); }
    }

    private async Task<StoryClusterer> EnsureLoadedAsync(CancellationToken ct)
    {
        if (_clusterer is not null) return _clusterer;
        var settings = options.Value.Stories;
        var clustering = new StoryClusteringOptions { WindowHours = settings.WindowHours };
        if (settings.Threshold is { } threshold) clustering.Threshold = threshold;
        var clusterer = new StoryClusterer(clustering);

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
                else unplaced.Add((row.Id, clusterer.Place(input)));
            }
            clusterer.Evict(last);
        }
        await SaveAsync(unplaced, ct);
        logger.LogInformation("stories: index rebuilt with {Count} articles ({Placed} placed now)", clusterer.Count, unplaced.Count);
        return _clusterer = clusterer;
    }

    private async Task SaveAsync(IReadOnlyList<(long Id, long StoryId)> assignments, CancellationToken ct)
    {
        if (assignments.Count == 0) return;
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
        await tx.CommitAsync(ct);
        window?.StoriesPlaced(assignments);
    }
}
