using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeHollow.FeedReader;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Benchmarks;

/// <summary>
/// Parser throughput: MB/s = input size / mean time (sizes are printed by GlobalSetup). Each input is also read by
/// CodeHollow.FeedReader, the test oracle, so the Ratio column says what production would pay for switching to it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class ParserBenchmarks
{
    private byte[] _rss = [];
    private IReadOnlyList<byte[]> _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        _rss = FeedCorpus.GoogleNewsLikeRss(5 * 1024 * 1024);
        _corpus = FeedCorpus.FeedparserFixtures();
        Console.WriteLine($"// rss20 document: {_rss.Length:N0} bytes, {FeedParser.Parse(_rss).Entries.Count:N0} entries "
            + $"(CodeHollow: {FeedReader.ReadFromByteArray(_rss).Items.Count:N0})");
        Console.WriteLine($"// feedparser corpus: {_corpus.Count:N0} files, {_corpus.Sum(f => (long)f.Length):N0} bytes");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Rss20_5MB")]
    public int Rss20_5MB() => FeedParser.Parse(_rss).Entries.Count;

    [Benchmark, BenchmarkCategory("Rss20_5MB")]
    public int Rss20_5MB_CodeHollow() => FeedReader.ReadFromByteArray(_rss).Items.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("FeedparserCorpus_All")]
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

    /// <summary>CodeHollow has no error type of its own: XmlException, NullReferenceException and others all mean "no feed".</summary>
    [Benchmark, BenchmarkCategory("FeedparserCorpus_All")]
    public int FeedparserCorpus_All_CodeHollow()
    {
        var entries = 0;
        foreach (var file in _corpus)
        {
            try { entries += FeedReader.ReadFromByteArray(file).Items.Count; }
            catch (Exception) { }
        }
        return entries;
    }
}
