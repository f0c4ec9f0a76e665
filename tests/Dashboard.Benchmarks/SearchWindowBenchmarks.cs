using BenchmarkDotNet.Attributes;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Benchmarks;

/// <summary>
/// What the in-memory search window costs on the 1,000,000-article file: loading it at start-up (one read of the last
/// 31 days) and the memory it holds. Each load is one execution; the managed-heap growth it leaves is printed after the
/// run (the figure docs/benchmarks.md reports next to the window's own count of its arrays and text).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1, 1)]
public class SearchWindowBenchmarks
{
    private IDbContextFactory<DashboardDbContext> _contexts = null!;

    [GlobalSetup]
    public void Setup() => _contexts = PerExecutionConfig.OverviewDatabase();

    [Benchmark]
    public SearchWindow Load() => OverviewViewBenchmarks.LoadWindow(_contexts);

    [GlobalCleanup]
    public void Cleanup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var window = OverviewViewBenchmarks.LoadWindow(_contexts);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var (articles, bytes) = window.Size;
        Console.WriteLine($"// search window: {articles} articles, {bytes / 1e6:F1} MB by its own count, managed heap +{(after - before) / 1e6:F1} MB");
        GC.KeepAlive(window);
        SqliteConnection.ClearAllPools();
    }
}
