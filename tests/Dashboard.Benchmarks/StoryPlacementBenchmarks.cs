using BenchmarkDotNet.Attributes;
using Dashboard.Stories;

namespace Dashboard.Benchmarks;

/// <summary>
/// Placing new articles into a <see cref="StoryClusterer"/> that holds 100,000 articles spread over its 48 h window.
/// Each operation places 1,000 new articles whose times move the window on by the same share, so the oldest
/// articles are evicted as they go and the window stays at 100,000: steady state, reported per article.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(15)]
public class StoryPlacementBenchmarks
{
    private const int Held = 100_000;
    private const int Batch = 1_000;
    private static readonly DateTime Start = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Spacing = TimeSpan.FromHours(48) / Held;

    private StoryClusterer _clusterer = null!;
    private string[] _pool = [];
    private long _nextId;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new StoryHeadlineGenerator(seed: 42);
        var headlines = new List<(string Title, long Story)>(Held);
        var stories = new List<string[]>();
        while (headlines.Count < Held)
        {
            var story = generator.NewStory();
            stories.Add(story);
            var size = generator.StorySize();
            var storyId = headlines.Count + 1L;
            for (var i = 0; i < size && headlines.Count < Held; i++) headlines.Add((generator.Headline(story), storyId));
        }
        // Spread each story's articles over the window the way a story's coverage trickles in.
        var random = new Random(1);
        var shuffled = headlines.OrderBy(_ => random.Next()).ToArray();
        // Random unit vectors stand in for the model here: the scan over 100,000 held vectors is what grows with the
        // window; the model's own cost per headline (constant) is EmbedHeadline below.
        _clusterer = new StoryClusterer(new StoryClusteringOptions(), new RandomVectorEmbedder());
        for (var i = 0; i < shuffled.Length; i++)
            _clusterer.Restore(new StoryInput(i + 1, shuffled[i].Title, null, Start + Spacing * i), shuffled[i].Story);
        _nextId = Held + 1;

        // New articles: half reword a story already held (its event words, new common words), half are new events.
        _pool = new string[10 * Batch];
        var next = new StoryHeadlineGenerator(seed: 7);
        for (var i = 0; i < _pool.Length; i++)
            _pool[i] = next.Headline(i % 2 == 0 ? stories[random.Next(stories.Count)] : next.NewStory());
        if (_clusterer.Count != Held) throw new InvalidOperationException("set-up did not fill the window");
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public long PlaceBatch()
    {
        long last = 0;
        for (var i = 0; i < Batch; i++)
        {
            var id = _nextId++;
            last = _clusterer.Place(new StoryInput(id, _pool[id % _pool.Length], null, Start + Spacing * (id - 1))).StoryId;
        }
        return last;
    }

    [GlobalCleanup]
    public void Report() => Console.WriteLine($"// articles held after the run: {_clusterer.Count:N0}");

    private int _embedded;

    /// <summary>The sentence-embedding model on one headline (the part of placement that does not depend on the window).</summary>
    [Benchmark]
    public float[]? EmbedHeadline() => MiniLmHeadlineEmbedder.Shared.Embed(_pool[_embedded++ % _pool.Length]);
}

/// <summary>A deterministic unit vector per text, 384 dimensions like all-MiniLM-L6-v2.</summary>
internal sealed class RandomVectorEmbedder : IHeadlineEmbedder
{
    public float[]? Embed(string text)
    {
        var random = new Random(StringComparer.Ordinal.GetHashCode(text));
        var vector = new float[384];
        for (var i = 0; i < vector.Length; i++) vector[i] = (float)(random.NextDouble() * 2 - 1);
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        for (var i = 0; i < vector.Length; i++) vector[i] /= norm;
        return vector;
    }
}
