namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>The checked-in list of expected.jsonl fixtures this parser deliberately does not pass, with reasons.</summary>
public static class KnownFailures
{
    public const string FileName = "Conformance/known-failures.txt";

    /// <summary>file → reason; blank lines and lines starting with '#' are ignored.</summary>
    public static IReadOnlyDictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                continue;
            var tab = line.IndexOf('\t');
            Assert.True(tab > 0, $"{FileName}: expected '<file>\\t<reason>' but got '{line}'");
            result.Add(line[..tab], line[(tab + 1)..]);
        }
        return result;
    }
}
