using System.Reflection;
using Dashboard.Storage;
using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Storage;

/// <summary>
/// The model snapshot in Migrations/ is what `dotnet ef migrations add` diffs against: a model changed without a
/// migration fails here (and Migrate would refuse to start the app).
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public async Task HasPendingModelChanges_MigratedDatabase_IsFalse()
    {
        using var database = new TestDatabase();
        // Asked before migrating too: on a changed model Migrate throws, and this message says what to do.
        await using (var fresh = new DashboardDbContext(database.Options()))
            Assert.False(fresh.Database.HasPendingModelChanges(),
                "the model differs from DashboardDbContextModelSnapshot: add a migration (README, Schema changes)");
        await database.MigratedAsync();
        await using var db = new DashboardDbContext(database.Options());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    /// <summary>
    /// The tool itself (restored by tests/run-tests.sh) on the Dashboard build the tests were built with: it must use the
    /// design-time factory (never the app's start-up) and see no model change. About 3 s; it builds nothing.
    /// </summary>
    [Fact]
    public async Task DotnetEf_HasPendingModelChanges_UsesTheFactoryAndReportsNone()
    {
        var configuration = typeof(ModelSnapshotTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var (code, stdout, stderr) = await Dotnet.RunAsync(RepositoryRoot.Path, "ef", "migrations", "has-pending-model-changes",
            "--project", "src/Dashboard", "--configuration", configuration, "--no-build", "--verbose");

        var output = stdout + stderr;
        Assert.True(code == 0, $"dotnet ef exited {code} (is the tool restored? `dotnet tool restore`):\n{output}");
        Assert.Contains("Using DbContext factory 'DesignTimeDbContextFactory'.", output);
        Assert.Contains("No changes have been made to the model since the last migration.", output);
    }
}
