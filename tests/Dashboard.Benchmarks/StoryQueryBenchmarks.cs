using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Dashboard.Analysis;
using Dashboard.Overview;
using Dashboard.Storage;
using Dashboard.Stories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Perfolizer.Mathematics.OutlierDetection;

namespace Dashboard.Benchmarks;

/// <summary>
/// The queries behind the overview's analysis panel (top stories, blindspots, distinctive terms) on the 1,000,000-article
/// file of <see cref="OverviewDataGenerator"/>, timed per execution like <see cref="OverviewQueryBenchmarks"/>. Every
/// generated article is its own story there (see OverviewDataGenerator.AssignOwnStories), so these measure the cost of
/// ranking a window's articles by story, not clustering.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerExecutionConfig))]
[WarmupCount(3)]
[IterationCount(40)]
[InvocationCount(1, 1)]
[Outliers(OutlierMode.DontRemove)] // a slow execution is a slow panel load: keep it in the P95
public class StoryQueryBenchmarks
{
    [Params("24h", "7d", "30d")]
    public string Range { get; set; } = "24h";

    /// <summary>"outlet=The Diplomat": an outlet the registry does not know (3,329 articles in the last 30 days).</summary>
    [Params("none", "persp=china", "src=xinhua", "outlet=The Diplomat", "q=taiwan")]
    public string Filter { get; set; } = "none";

    private StoryQueries _stories = null!;
    private TermQueries _terms = null!;
    private ViewFilter _view = null!;
    private static readonly DateTime Now = OverviewDataGenerator.Now;

    [GlobalSetup]
    public void Setup()
    {
        var contexts = PerExecutionConfig.OverviewDatabase();
        var options = Microsoft.Extensions.Options.Options.Create(OverviewDataGenerator.Options);
        _stories = new StoryQueries(contexts, options);
        _terms = new TermQueries(contexts);
        _view = new ViewFilter
        {
            Topic = OverviewDataGenerator.Topic,
            Range = TimeRange.Preset(Range),
            Perspectives = Filter == "persp=china" ? ["china"] : [],
            Sources = Filter == "src=xinhua" ? ["xinhua"] : [],
            Outlet = Filter == "outlet=The Diplomat" ? "The Diplomat" : null,
            Query = Filter == "q=taiwan" ? "taiwan" : null,
        };
    }

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    // Limits as the overview's panel asks for them.
    [Benchmark]
    public Task<IReadOnlyList<StorySummary>> TopStories() => _stories.TopAsync(_view, Now, 10, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<StorySummary>> Blindspots() => _stories.BlindspotsAsync(_view, Now, 10, CancellationToken.None);

    /// <summary>Top stories and blindspots as the overview's panel and /stories load them: one ranking pass.</summary>
    [Benchmark]
    public Task<StoryView> View() => _stories.ViewAsync(_view, Now, 10, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<PerspectiveTerms>> Terms() => _terms.ForViewAsync(_view, Now, 10, CancellationToken.None);
}
