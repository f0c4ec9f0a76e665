using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Storage;

/// <summary>
/// What `dotnet ef` uses to build the context. Without it the tool would run Program's host (start-up, feed catalog,
/// demo feeds, ingestion); with it the tool gets the app's own options (DashboardDbOptions: provider, pragmas; the
/// UtcDateTimeConverter is in the context itself), so the design-time model is the runtime model.
/// `migrations add` and `has-pending-model-changes` never open the file; `database update` does: the app's default
/// file under the current folder (run from the repository root), or a path given after `--`.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args) => new(DashboardDbOptions.For(
        DatabasePath.Resolve(args.FirstOrDefault() ?? "data/dashboard.db", Directory.GetCurrentDirectory())));
}
