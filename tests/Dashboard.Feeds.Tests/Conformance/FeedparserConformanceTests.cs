using System.Diagnostics;
using System.Text;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>The feedparser test corpus (see docs/conformance.md for the mapping and the measured pass rate).</summary>
public sealed class FeedparserConformanceTests
{
    private static string Corpus => CorpusLocator.FeedparserDirectory!;

    [CorpusFact]
    public void ExpectedLines_PassRate_AtLeast90Percent()
    {
        var lines = File.ReadAllLines(Path.Combine(Corpus, "expected.jsonl")).Where(l => l.Length > 0).ToArray();
        Assert.Equal(378, lines.Length);

        var failures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var expectation = FeedparserExpectation.FromJson(line);
            var problems = FeedparserConventions.Check(expectation, File.ReadAllBytes(Path.Combine(Corpus, expectation.File)));
            if (problems.Count > 0)
                failures[expectation.File] = string.Join("; ", problems);
        }

        var known = KnownFailures.Load();
        var regressions = failures.Keys.Except(known.Keys).ToArray();
        var fixes = known.Keys.Except(failures.Keys).ToArray();
        if (regressions.Length > 0 || fixes.Length > 0)
        {
            var message = new StringBuilder();
            message.AppendLine($"Failing lines differ from {KnownFailures.FileName}.");
            foreach (var file in regressions)
                message.AppendLine($"  new failure: {file}: {failures[file]}");
            foreach (var file in fixes)
                message.AppendLine($"  now passes (remove it from the list): {file}");
            message.AppendLine("Current list:");
            foreach (var (file, reason) in failures)
                message.AppendLine($"{file}\t{reason}");
            Assert.Fail(message.ToString());
        }

        var passed = lines.Length - failures.Count;
        Assert.True(passed * 10 >= lines.Length * 9, $"pass rate {passed}/{lines.Length} is below 90%");
    }

    [CorpusFact]
    public void AllFixtures_Parse_OrThrowFeedParseException()
    {
        var files = Directory.GetFiles(Corpus, "*.xml", SearchOption.AllDirectories);
        Assert.Equal(2106, files.Length);
        WarmUp();

        var offenders = new List<string>();
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            var clock = Stopwatch.StartNew();
            try
            {
                FeedParser.Parse(data);
            }
            catch (FeedParseException)
            {
                // an accepted outcome for ill-formed input
            }
            catch (Exception ex)
            {
                offenders.Add($"{Path.GetRelativePath(Corpus, file)}: {ex.GetType().Name}: {ex.Message}");
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(1))
                offenders.Add($"{Path.GetRelativePath(Corpus, file)}: took {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>One-time costs (JIT, code pages, the HTML parser) are not parse time: pay them before timing.</summary>
    private static void WarmUp()
    {
        FeedParser.Parse("<rss><channel><title>&nbsp;</title><item><description><![CDATA[<table><script>x</script></table>]]></description></item></channel></rss>"u8.ToArray());
        FeedParser.Parse([.. "<?xml version=\"1.0\" encoding=\"windows-1252\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>"u8, 0x93, .. "</title></feed>"u8]);
    }
}
