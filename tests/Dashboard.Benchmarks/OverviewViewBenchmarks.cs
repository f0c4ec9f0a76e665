using BenchmarkDotNet.Attributes;
using Dashboard.Overview;
using Microsoft.Data.Sqlite;

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

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();
}
