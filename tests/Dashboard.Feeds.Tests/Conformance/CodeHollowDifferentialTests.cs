using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// CodeHollow.FeedReader as a differential oracle for our parser: every fixture of the feedparser corpus is
/// parsed by both, and any difference (see <see cref="ParserDifferential"/>) must be on the reviewed list.
/// A new difference is either a regression of ours or a case to review and add with its reason.
/// </summary>
public sealed class CodeHollowDifferentialTests(ITestOutputHelper output)
{
    private const int Shown = 25;

    // Just below the 1,767 fixtures and 1,190 entries both read when the list was reviewed: a comparer or an oracle
    // mapping that silently stops reading would otherwise pass with an empty list.
    private const int MinimumBothRead = 1_700;
    private const int MinimumEntriesCompared = 1_100;

    [CorpusFact]
    public void AllFixtures_ComparedWithCodeHollow_OnlyReviewedDisagreements()
    {
        var corpus = CorpusLocator.FeedparserDirectory!;
        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2106, files.Length);

        var results = WithInvariantCulture(() =>
            files.Select(f => ParserDifferential.Compare(f, File.ReadAllBytes(Path.Combine(corpus, f)))).ToArray());
        var found = results.SelectMany(r => r.Disagreements).ToList();
        var bothRead = results.Count(r => r.BothRead);
        var entries = results.Sum(r => r.EntriesCompared);
        output.WriteLine($"{files.Length} fixtures: both read {bothRead} ({entries} entries compared), "
            + $"one side threw on {found.Count(d => d.Field == "outcome")}; {found.Count} disagreements");
        Assert.True(bothRead >= MinimumBothRead && entries >= MinimumEntriesCompared,
            $"only {bothRead} fixtures and {entries} entries were read by both parsers: the comparison has gone vacuous");

        var reviewed = ReviewedDisagreements.Load();
        var unreviewed = found.Where(d => !reviewed.ContainsKey(d.Key)).ToArray();
        var stale = reviewed.Keys.Except(found.Select(d => d.Key)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(unreviewed.Length == 0 && stale.Length == 0, Report(found, unreviewed, stale));
    }

    /// <summary>CodeHollow parses dates with the current culture; the list was reviewed under the invariant one.</summary>
    private static T WithInvariantCulture<T>(Func<T> run)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static string Report(List<Disagreement> found, Disagreement[] unreviewed, string[] stale)
    {
        var actual = Path.Combine(AppContext.BaseDirectory, "codehollow-disagreements.actual.txt");
        File.WriteAllLines(actual, found.Select(d => $"{d.Key}\t{d.Ours} | {d.Theirs}"));

        var message = new StringBuilder();
        message.AppendLine($"Differences from CodeHollow.FeedReader do not match {ReviewedDisagreements.FileName}: "
            + $"{unreviewed.Length} not reviewed, {stale.Length} listed but no longer seen.");
        foreach (var d in unreviewed.Take(Shown))
            message.AppendLine($"  new: {d}");
        if (unreviewed.Length > Shown)
            message.AppendLine($"  … and {unreviewed.Length - Shown} more");
        foreach (var key in stale.Take(Shown))
            message.AppendLine($"  stale (remove it from the list): {key.Replace('\t', ' ')}");
        if (stale.Length > Shown)
            message.AppendLine($"  … and {stale.Length - Shown} more stale");
        message.AppendLine($"Every difference seen, with both values: {actual}");
        return message.ToString();
    }
}
