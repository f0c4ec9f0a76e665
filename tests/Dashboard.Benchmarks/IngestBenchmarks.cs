using BenchmarkDotNet.Attributes;
using Dashboard.Search;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Benchmarks;

/// <summary>
/// Parsed articles → committed rows through ArticleStore (the production write path, one transaction).
/// Articles/s = Count / mean time. <see cref="Window"/>: with the in-memory search window kept current by the commit,
/// as in the app (its clock puts the batch inside the window, so every new article is appended).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(20)] // each iteration builds a fresh database file: enough samples, bounded run time
public class IngestBenchmarks
{
    [Params(10_000)]
    public int Count { get; set; }

    [Params(false, true)]
    public bool Window { get; set; }

    private string _dir = "";
    private ArticleStore _store = null!;
    private ArticleCandidate[] _batch = [];

    [GlobalSetup]
    public void Setup() => _batch = Candidates("seed");

    [IterationSetup(Target = nameof(NewArticles))]
    public void FreshDatabase() => _store = CreateStore(prefill: false);

    [IterationSetup(Target = nameof(AllDuplicates))]
    public void PrefilledDatabase() => _store = CreateStore(prefill: true);

    [Benchmark]
    public int NewArticles() => Commit(_batch);

    [Benchmark]
    public int AllDuplicates() => Commit(_batch);

    [IterationCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private int Commit(ArticleCandidate[] batch) => _store.CommitRefreshAsync("bench", batch, f => f.ConsecutiveErrors = 0,
        new FetchEvent { FeedId = "bench", At = DateTime.UtcNow, Items = batch.Length }, 50, CancellationToken.None).GetAwaiter().GetResult().Count;

    private ArticleStore CreateStore(bool prefill)
    {
        _dir = Directory.CreateTempSubdirectory("dashboard-bench-").FullName;
        var path = new DatabasePath(Path.Combine(_dir, "bench.db"));
        var options = DashboardDbOptions.For(path);
        using (var db = new DashboardDbContext(options))
        {
            db.Database.Migrate();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            db.Feeds.Add(new FeedState { Id = "bench", Name = "bench", Url = "http://127.0.0.1/bench.xml" });
            db.SaveChanges();
        }
        var contexts = new PooledDbContextFactory<DashboardDbContext>(options);
        SearchWindow? window = null;
        if (Window)
        {
            window = new SearchWindow(contexts, Microsoft.Extensions.Options.Options.Create(OverviewDataGenerator.Options),
                new FixedTime(new DateTime(2025, 11, 25, 12, 0, 0, DateTimeKind.Utc)), NullLogger<SearchWindow>.Instance);
            window.LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        _store = new ArticleStore(contexts, TimeProvider.System, window);
        if (prefill) _ = Commit(_batch);
        return _store;
    }

    private ArticleCandidate[] Candidates(string prefix) => Enumerable.Range(0, Count).Select(i => new ArticleCandidate
    {
        DedupeKey = $"gn:{prefix}-CBMihgFBVV95cUxPa0gxS01TWkFndjgxWDl3ZHY5S2ZRRGVX{i}",
        Title = $"Xi presses Trump on Taiwan as they agree to meet in April ({i})",
        Outlet = "The New York Times",
        OutletDomain = "nytimes.com",
        SourceId = "nytimes",
        PerspectiveId = "us",
        PerspectiveRule = "source registry: nytimes.com",
        Link = $"https://news.google.com/rss/articles/CBMi{i}?oc=5",
        Snippet = "Xi presses Trump on Taiwan as they agree to meet in April. The New York Times",
        Language = "en",
        PublishedAt = new DateTime(2025, 11, 25, 4, 0, 0, DateTimeKind.Utc).AddSeconds(-i),
        Topics = ["us-china", "taiwan-strait"],
    }).ToArray();
}
