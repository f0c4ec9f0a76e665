using BenchmarkDotNet.Attributes;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Benchmarks;

/// <summary>
/// The views of the 1,000,000-article file (<see cref="OverviewDataGenerator"/>) an analyst opens, shared by the
/// per-execution query benchmarks: topic <c>us-china</c>, a range ending at the file's fixed now, one filter.
/// </summary>
public abstract class OverviewViewBenchmarks
{
    [Params("24h", "7d", "30d")]
    public string Range { get; set; } = "24h";

    /// <summary>"outlet=The Diplomat": an outlet the registry does not know (3,329 articles in the last 30 days).</summary>
    [Params("none", "persp=china", "src=xinhua", "outlet=The Diplomat", "q=taiwan")]
    public string Filter { get; set; } = "none";

    protected static readonly DateTime Now = OverviewDataGenerator.Now;

    protected ViewFilter CreateView() => new()
    {
        Topic = OverviewDataGenerator.Topic,
        Range = TimeRange.Preset(Range),
        Perspectives = Filter == "persp=china" ? ["china"] : [],
        Sources = Filter == "src=xinhua" ? ["xinhua"] : [],
        Outlet = Filter == "outlet=The Diplomat" ? "The Diplomat" : null,
        Query = Filter == "q=taiwan" ? "taiwan" : null,
    };

    private static SearchWindow? _window;

    /// <summary>
    /// The search window the app keeps (31 days before the file's now), loaded once per process and shared by every case:
    /// q=taiwan runs in it, as in the app.
    /// </summary>
    public static SearchWindow Window(IDbContextFactory<DashboardDbContext> contexts)
    {
        if (_window is not null) return _window;
        _window = LoadWindow(contexts);
        // Loading leaves ~360 MB of short-lived strings; the app loads once at start-up, long before the queries, so
        // collect them here rather than in the first case's measurements.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return _window;
    }

    public static SearchWindow LoadWindow(IDbContextFactory<DashboardDbContext> contexts)
    {
        var window = new SearchWindow(contexts, Microsoft.Extensions.Options.Options.Create(OverviewDataGenerator.Options), new FixedTime(Now),
            NullLogger<SearchWindow>.Instance);
        window.LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return window.IsReady ? window : throw new InvalidOperationException("bench: the search window did not load");
    }

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();
}
