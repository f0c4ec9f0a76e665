using System.Text;
using BenchmarkDotNet.Attributes;
using Dashboard.Analysis;

namespace Dashboard.Benchmarks;

/// <summary>
/// <see cref="DistinctiveTerms.Compute"/> over 5,000 articles (headline + " " + snippet, about 230 characters, as
/// the terms query passes them) spread over 5 perspectives: the work of one terms view on a busy window.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(15)]
public class DistinctiveTermsBenchmarks
{
    private const int Documents = 5_000;
    private static readonly string[] Perspectives = ["cn", "eu", "ru", "uk", "us"];

    private TermDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var generator = new StoryHeadlineGenerator(seed: 42);
        var random = new Random(3);
        var stories = Enumerable.Range(0, 400).Select(_ => generator.NewStory()).ToArray();
        _documents = new TermDocument[Documents];
        for (var i = 0; i < Documents; i++)
        {
            // Each perspective leans towards its own fifth of the stories, so some terms really are distinctive.
            var perspective = random.Next(Perspectives.Length);
            var story = stories[random.Next(5) == 0 ? random.Next(stories.Length) : perspective + Perspectives.Length * random.Next(stories.Length / Perspectives.Length)];
            _documents[i] = new TermDocument(Perspectives[perspective], Article(generator, random, story));
        }
        Console.WriteLine($"// mean document length: {_documents.Average(d => d.Text.Length):F0} characters");
    }

    [Benchmark]
    public int Compute() => DistinctiveTerms.Compute(_documents, 10).Sum(p => p.Terms.Count);

    /// <summary>A title-cased headline, then a snippet of sentences up to about 230 characters in all.</summary>
    private static string Article(StoryHeadlineGenerator generator, Random random, string[] story)
    {
        var text = new StringBuilder(TitleCase(generator.Headline(story)));
        text.Append(' ');
        while (text.Length < 200)
        {
            var sentence = generator.Headline(story);
            // Possessives and contractions, as real snippets have them.
            if (random.Next(3) == 0) sentence = sentence.Insert(sentence.IndexOf(' ') is var space and > 0 ? space : sentence.Length, "'s");
            text.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1).Append(random.Next(4) == 0 ? ", " : ". ");
        }
        return text.ToString().TrimEnd();
    }

    private static string TitleCase(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
