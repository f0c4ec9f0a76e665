using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Dashboard.Analysis;
using Dashboard.Overview;
using Dashboard.Storage;
using Dashboard.Stories;
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
public class StoryQueryBenchmarks : OverviewViewBenchmarks
{
    private StoryQueries _stories = null!;
    private TermQueries _terms = null!;
    private ViewFilter _view = null!;

    [GlobalSetup]
    public void Setup()
    {
        var contexts = PerExecutionConfig.OverviewDatabase();
        var options = Microsoft.Extensions.Options.Options.Create(OverviewDataGenerator.Options);
        _stories = new StoryQueries(contexts, options, Window(contexts));
        _terms = new TermQueries(contexts, Window(contexts));
        _view = CreateView();
    }

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
