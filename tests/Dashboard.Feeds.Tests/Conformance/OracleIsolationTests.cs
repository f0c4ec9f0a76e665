using System.Reflection;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>CodeHollow.FeedReader is the test oracle only: production keeps its own parser (see README).</summary>
public sealed class OracleIsolationTests
{
    [Fact]
    public void ProductionProjects_PackageReferences_ExcludeCodeHollow()
    {
        var projectDirectory = typeof(OracleIsolationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
        var src = Path.GetFullPath(Path.Combine(projectDirectory, "..", "..", "src"));
        var projects = Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);

        var offenders = projects.Where(p => File.ReadAllText(p).Contains("CodeHollow", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(offenders);
        Assert.DoesNotContain(typeof(Dashboard.Feeds.Parsing.FeedParser).Assembly.GetReferencedAssemblies(),
            a => a.Name!.StartsWith("CodeHollow", StringComparison.OrdinalIgnoreCase));
    }
}
