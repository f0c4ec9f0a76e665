using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dashboard.Benchmarks;

/// <summary>
/// Synthetic but headline-shaped articles for the story placement benchmark: words drawn from the labelled real
/// headlines plus invented names, common words by a Zipf law, each story with its own few event words that
/// its articles recombine (so stories of many sizes exist and new articles do find candidates).
/// </summary>
internal sealed partial class StoryHeadlineGenerator
{
    private readonly Random _random;
    private readonly string[] _vocabulary;
    private readonly double[] _zipfCumulative;

    public StoryHeadlineGenerator(int seed)
    {
        _random = new Random(seed);
        var real = RealWords();
        // Invented words stand in for the long tail of names and places a real window holds.
        _vocabulary = real.Concat(Enumerable.Range(0, 30_000).Select(i => "name" + i.ToString("x"))).ToArray();
        _zipfCumulative = new double[_vocabulary.Length];
        double sum = 0;
        for (var i = 0; i < _vocabulary.Length; i++) _zipfCumulative[i] = sum += 1.0 / (i + 1);
        for (var i = 0; i < _vocabulary.Length; i++) _zipfCumulative[i] /= sum;
    }

    /// <summary>Event words of a new story: drawn from the rarer half of the vocabulary.</summary>
    public string[] NewStory() =>
        Enumerable.Range(0, 4).Select(_ => _vocabulary[_vocabulary.Length / 20 + _random.Next(_vocabulary.Length - _vocabulary.Length / 20)]).ToArray();

    /// <summary>Story size: many singletons, a few big stories (about 1 in 40 above 20 articles).</summary>
    public int StorySize() => _random.NextDouble() switch
    {
        < 0.55 => 1,
        < 0.80 => 2 + _random.Next(3),
        < 0.975 => 5 + _random.Next(15),
        _ => 20 + _random.Next(60),
    };

    /// <summary>A headline of 2–4 of the story's event words among 4–7 Zipf-drawn words.</summary>
    public string Headline(string[] story)
    {
        var words = new List<string>();
        var eventWords = 2 + _random.Next(3);
        foreach (var w in story.OrderBy(_ => _random.Next()).Take(eventWords)) words.Add(w);
        var common = 4 + _random.Next(4);
        for (var i = 0; i < common; i++) words.Add(Zipf());
        return string.Join(' ', words.OrderBy(_ => _random.Next()));
    }

    private string Zipf()
    {
        var index = Array.BinarySearch(_zipfCumulative, _random.NextDouble());
        return _vocabulary[index < 0 ? Math.Min(~index, _vocabulary.Length - 1) : index];
    }

    private static string[] RealWords()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "Dashboard.Tests", "Stories", "labelled-headlines.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray()
            .SelectMany(i => Word().Matches(i.GetProperty("title").GetString() ?? "").Select(m => m.Value.ToLowerInvariant()))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("Dashboard.sln not found");
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]{2,}")]
    private static partial Regex Word();
}
