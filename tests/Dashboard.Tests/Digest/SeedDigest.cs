using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Digest;

/// <summary>
/// Seed 002, the digest the original system published, read from <c>../shared/seeds</c> beside the repository
/// root (X/main next to X/shared). It is not part of the repository, so tests that need it use <see cref="SeedFactAttribute"/>.
/// </summary>
internal static class SeedDigest
{
    private const string FileName = "002_62dd70bdecb60d6d.txt";

    private static readonly Lazy<(string? Path, string Searched)> Result = new(Locate);

    /// <summary>The seed file, or null when it is not on this machine.</summary>
    public static string? Path => Result.Value.Path;

    /// <summary>Where it was looked for, for the skip message.</summary>
    public static string Searched => Result.Value.Searched;

    public static string Text => File.ReadAllText(Path ?? throw new InvalidOperationException("seed 002 not found at " + Searched));

    private static (string?, string) Locate()
    {
        string root;
        try { root = RepositoryRoot.Path; }
        catch (InvalidOperationException e) { return (null, e.Message); }
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "seeds", FileName));
        return (File.Exists(candidate) ? candidate : null, candidate);
    }
}

/// <summary>A fact that is skipped, with the reason shown, when seed 002 is not on this machine (CI fails on skips).</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedDigest.Path is null)
            Skip = $"digest seed 002 not found at {SeedDigest.Searched}";
    }
}
