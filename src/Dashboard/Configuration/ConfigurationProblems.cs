namespace Dashboard.Configuration;

/// <summary>
/// Collects validation problems as "key:path: problem" lines, so an operator can find each one in
/// appsettings.json (the paths are the configuration keys, list indexes included).
/// </summary>
internal sealed class ConfigurationProblems
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    public void Add(string path, string problem) => lines.Add($"{path}: {problem}");

    /// <summary>Reports a missing required value; returns whether it was present.</summary>
    public bool Require(string path, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return true;
        Add(path, "missing");
        return false;
    }

    /// <summary>Formats the configured ids for "(known: …)" hints.</summary>
    public static string Known(IEnumerable<string> ids)
    {
        var list = string.Join(", ", ids);
        return list.Length == 0 ? "(none configured)" : $"(known: {list})";
    }
}
