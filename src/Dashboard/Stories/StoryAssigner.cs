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

    /// <summary>Headlines the last start-up rebuild had to embed because no vector was stored for them.</summary>
    public int LastRebuildEmbedded { get; private set; }

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
            var vectors = new List<(long Id, float[] Vector)>();
            var placed = new Dictionary<long, ArticleSummary>();
            foreach (var a in added.OrderBy(a => a.Id))
            {
                var vector = Embed(a.Title);
                if (vector is not null) vectors.Add((a.Id, vector));
                var placement = clusterer.Place(new StoryInput(a.Id, a.Title, a.Snippet, a.SortAt, vector));
                merges.AddRange(placement.Merges);
                placed[a.Id] = a with { StoryId = placement.StoryId };
            }
            // A later article of the batch may have merged an earlier one's story away.
            var final = merges.Count == 0 ? placed : placed.ToDictionary(p => p.Key, p => p.Value with { StoryId = Follow(merges, p.Value.StoryId!.Value) });
            clusterer.Evict(added.Max(a => a.SortAt));
            await SaveAsync(final.Values.Select(a => (a.Id, a.StoryId!.Value)).ToList(), merges, vectors, ct);
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
        // The assigner gives the clusterer every vector (stored or computed here, then stored), so no embedder.
        var clusterer = new StoryClusterer(clustering);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var newest = await db.Articles.MaxAsync(a => (DateTime?)a.SortAt, ct);
        var unplaced = new List<(long Id, long StoryId)>();
        var computed = new List<(long Id, float[] Vector)>();
        if (newest is { } last)
        {
            // Twice the window: an article may join a story through a member up to one window older than itself.
            var from = last.AddHours(-2 * settings.WindowHours);
            var rows = await db.Articles.Where(a => a.SortAt >= from).OrderBy(a => a.Id)
                .Select(a => new
                {
                    a.Id, a.Title, a.Snippet, a.SortAt, a.StoryId,
                    Vector = db.ArticleVectors.Where(v => v.ArticleId == a.Id).Select(v => v.Vector).FirstOrDefault(),
                }).ToListAsync(ct);
            foreach (var row in rows)
            {
                var vector = !settings.Embeddings ? null : row.Vector is { } stored ? VectorBytes.To(stored) : Embed(row.Title);
                if (settings.Embeddings && row.Vector is null && vector is not null) computed.Add((row.Id, vector));
                var input = new StoryInput(row.Id, row.Title, row.Snippet, row.SortAt, vector);
                if (row.StoryId is { } story) clusterer.Restore(input, story);
                else unplaced.Add((row.Id, clusterer.Place(input).StoryId));
            }
            clusterer.Evict(last);
            if (rows.Count > 0) await StoryRows.PruneVectorsAsync(db, rows[0].Id, ct);
        }
        // Merges found while placing left-over articles are not applied to the stored rows: the stories stay apart,
        // which is what every page showed before the restart.
        await SaveAsync(unplaced, [], computed, ct);
        LastRebuildEmbedded = computed.Count;
        logger.LogInformation("stories: index rebuilt with {Count} articles ({Placed} placed now, {Embedded} headlines embedded now)",
            clusterer.Count, unplaced.Count, computed.Count);
        return _clusterer = clusterer;
    }

    private float[]? Embed(string title) => options.Value.Stories.Embeddings ? embedder?.Embed(title) : null;

    private static long Follow(List<StoryMerge> merges, long storyId)
    {
        foreach (var merge in merges)
            if (merge.From == storyId) storyId = merge.To;
        return storyId;
    }

    private async Task SaveAsync(IReadOnlyList<(long Id, long StoryId)> assignments, IReadOnlyList<StoryMerge> merges,
        IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken ct)
    {
        if (assignments.Count == 0 && merges.Count == 0 && vectors.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await StoryRows.AssignAsync(connection, tx, assignments, ct);
        await StoryRows.MergeAsync(connection, tx, merges, ct);
        await StoryRows.SaveVectorsAsync(connection, tx, vectors, ct);
        await tx.CommitAsync(ct);
        window?.StoriesPlaced(assignments);
        if (merges.Count > 0) window?.StoriesMerged(merges);
    }
}
