using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dashboard.Analysis;
using Dashboard.Overview;
using Dashboard.Stories;
using Microsoft.Data.Sqlite;
using Perfolizer.Mathematics.OutlierDetection;

namespace Dashboard.Benchmarks;

/// <summary>
/// Two-character searches over 30 days on the 1,000,000-article file, which the trigram index cannot look up: only the
/// in-memory search window (or, without it, instr over every row of the window) finds them. "xi" is common (17,656
/// matches in the topic's 30 days), "zh" matches nothing, the worst case for the cards, whose bounded walk then finds no
/// page. Timed per execution like <see cref="OverviewQueryBenchmarks"/>, after 60 warm-up executions: each method's
/// code runs unoptimised (tier 0) for its first ~30 calls, which 3 warm-ups would leave in the measurements of the
/// first case of each method (the app runs optimised code once warm).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerExecutionConfig))]
[WarmupCount(60)]
[IterationCount(40)]
[InvocationCount(1, 1)]
[Outliers(OutlierMode.DontRemove)]
public class ShortSearchBenchmarks
{
    [Params("xi", "zh")]
    public string Query { get; set; } = "xi";

    /// <summary>False: as with <c>Storage:SearchWindowDays</c> 0, instr over every row of the window in SQL.</summary>
    [Params(true, false)]
    public bool Window { get; set; } = true;

    private static readonly DateTime Now = OverviewDataGenerator.Now;
    private OverviewQueries _queries = null!;
    private StoryQueries _stories = null!;
    private TermQueries _terms = null!;
    private ViewFilter _view = null!;

    [GlobalSetup]
    public void Setup()
    {
        var contexts = PerExecutionConfig.OverviewDatabase();
        var options = Microsoft.Extensions.Options.Options.Create(OverviewDataGenerator.Options);
        var window = Window ? OverviewViewBenchmarks.Window(contexts) : null;
        _queries = new OverviewQueries(contexts, options, window);
        _stories = new StoryQueries(contexts, options, window);
        _terms = new TermQueries(contexts, window);
        _view = new ViewFilter { Topic = OverviewDataGenerator.Topic, Range = TimeRange.Preset("30d"), Query = Query };
    }

    [Benchmark]
    public Task<OverviewAggregates> Aggregates() => _queries.AggregatesAsync(_view, Now, 12, CancellationToken.None);

    [Benchmark]
    public Task<ArticlePage> CardsPage1() => _queries.ArticlesAsync(_view, Now, null, 30, CancellationToken.None);

    [Benchmark]
    public Task<StoryView> View() => _stories.ViewAsync(_view, Now, 10, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<PerspectiveTerms>> Terms() => _terms.ForViewAsync(_view, Now, 10, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();
}
