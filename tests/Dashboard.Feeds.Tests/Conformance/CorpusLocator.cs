using System.Reflection;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// Finds <c>shared/corpus/feedparser</c>, which lives beside the repository root (X/main next to
/// X/shared), by walking up from the test binaries; when the build output is elsewhere (an artifacts
/// path) the walk also starts from the current directory and from the test project's source directory.
/// </summary>
public static class CorpusLocator
{
    private const string RelativePath = "shared/corpus/feedparser";

    private static readonly Lazy<(string? Directory, string[] Searched)> Result = new(Locate);

    /// <summary>The corpus directory, or null when it is not present on this machine.</summary>
    public static string? FeedparserDirectory => Result.Value.Directory;

    /// <summary>The starting points that were searched, for the skip message.</summary>
    public static string SearchedFrom => string.Join(", ", Result.Value.Searched);

    private static (string?, string[]) Locate()
    {
        var starts = new List<string> { AppContext.BaseDirectory, Environment.CurrentDirectory };
        var projectDirectory = typeof(CorpusLocator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        if (!string.IsNullOrEmpty(projectDirectory))
            starts.Add(projectDirectory);

        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(Path.Combine(candidate, "expected.jsonl")))
                    return (candidate, starts.ToArray());
            }
        }
        return (null, starts.Select(s => Path.Combine(s, "…", RelativePath)).ToArray());
    }
}
