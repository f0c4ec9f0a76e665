namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// The checked-in list of reviewed differences between our parser and CodeHollow.FeedReader:
/// <c>file\tfield\treason</c> per line, the reason saying which parser is right and why.
/// </summary>
public static class ReviewedDisagreements
{
    public const string FileName = "Conformance/codehollow-disagreements.txt";

    /// <summary>key (file, tab, field) → reason; blank lines and lines starting with '#' are ignored.</summary>
    public static IReadOnlyDictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, FileName)))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                continue;
            var parts = line.Split('\t');
            Assert.True(parts.Length == 3 && parts.All(p => p.Trim().Length > 0),
                $"{FileName}: expected '<file>\\t<field>\\t<reason>' but got '{line}'");
            Assert.True(result.TryAdd($"{parts[0]}\t{parts[1]}", parts[2]), $"{FileName}: listed twice: {parts[0]} {parts[1]}");
        }
        return result;
    }
}
