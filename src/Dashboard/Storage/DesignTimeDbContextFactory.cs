using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Storage;

/// <summary>
/// What `dotnet ef` uses to build the context. Without it the tool would run Program's host (start-up, feed catalog,
/// demo feeds, ingestion); with it the tool gets the app's own options (DashboardDbOptions: provider, pragmas; the
/// UtcDateTimeConverter is in the context itself), so the design-time model is the runtime model.
/// No file is touched unless named: `migrations add` and `has-pending-model-changes` never open one, and commands that
/// do (`database update`, `migrations list`) use an in-memory database unless a path follows `--`. The tool runs in
/// src/Dashboard, not in the app's content root, so the app's default path would name another file (and a relative
/// path given is from src/Dashboard).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args) => new(DashboardDbOptions.For(args is [var file, ..]
        ? DatabasePath.Resolve(file, Directory.GetCurrentDirectory())
        : new DatabasePath(":memory:")));
}
