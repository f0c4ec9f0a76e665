using BenchmarkDotNet.Attributes;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Benchmarks;

/// <summary>Parser throughput: MB/s = input size / mean time (sizes are printed by GlobalSetup).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private byte[] _rss = [];
    private IReadOnlyList<byte[]> _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        _rss = FeedCorpus.GoogleNewsLikeRss(5 * 1024 * 1024);
        _corpus = FeedCorpus.FeedparserFixtures();
        Console.WriteLine($"// rss20 document: {_rss.Length:N0} bytes, {FeedParser.Parse(_rss).Entries.Count:N0} entries");
        Console.WriteLine($"// feedparser corpus: {_corpus.Count:N0} files, {_corpus.Sum(f => (long)f.Length):N0} bytes");
    }

    [Benchmark]
    public int Rss20_5MB() => FeedParser.Parse(_rss).Entries.Count;

    [Benchmark]
    public int FeedparserCorpus_All()
    {
        var entries = 0;
        foreach (var file in _corpus)
        {
            try { entries += FeedParser.Parse(file).Entries.Count; }
            catch (FeedParseException) { }
        }
        return entries;
    }
}
