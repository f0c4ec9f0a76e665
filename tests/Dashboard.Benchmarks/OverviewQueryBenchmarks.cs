using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Perfolizer.Mathematics.OutlierDetection;
using Dashboard.Overview;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Benchmarks;

/// <summary>
/// The overview's read side on 1,000,000 articles (<see cref="OverviewDataGenerator"/>), one benchmark per query,
/// for the views an analyst opens. Each invocation is timed on its own (InvocationCount 1), so Mean/Median/P95 are
/// those of single query executions (none dropped as outliers), the latency a page load sees.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerExecutionConfig))]
[WarmupCount(3)]
[IterationCount(40)]
[InvocationCount(1, 1)]
[Outliers(OutlierMode.DontRemove)] // a slow execution is a slow page load: keep it in the P95
public class OverviewQueryBenchmarks : OverviewViewBenchmarks
{
    private OverviewQueries _queries = null!;
    private ViewFilter _view = null!;
    private ArticleCursor _page2 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var contexts = PerExecutionConfig.OverviewDatabase();
        _queries = new OverviewQueries(contexts, Microsoft.Extensions.Options.Options.Create(OverviewDataGenerator.Options), Window(contexts));
        _view = CreateView();
        _page2 = _queries.ArticlesAsync(_view, Now, null, 30, CancellationToken.None).GetAwaiter().GetResult().Next
            ?? throw new InvalidOperationException("overview bench: the view has no second page");
    }

    [Benchmark]
    public Task<Kpis> Kpis() => _queries.KpisAsync(_view, Now, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<VolumePoint>> Volume() => _queries.VolumeAsync(_view, Now, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<OutletCount>> TopOutlets() => _queries.TopOutletsAsync(_view, Now, 12, CancellationToken.None);

    /// <summary>KPIs, volume and top outlets as the page loads them (OverviewLoader): one statement when searching.</summary>
    [Benchmark]
    public Task<OverviewAggregates> Aggregates() => _queries.AggregatesAsync(_view, Now, 12, CancellationToken.None);

    [Benchmark]
    public Task<ArticlePage> CardsPage1() => _queries.ArticlesAsync(_view, Now, null, 30, CancellationToken.None);

    [Benchmark]
    public Task<ArticlePage> CardsPage2() => _queries.ArticlesAsync(_view, Now, _page2, 30, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<OutageSpan>> Outages() => _queries.OutagesAsync(_view, Now, CancellationToken.None);
}
