using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

/// <summary>The one place the SQLite provider is configured: the app, the tests and the benchmarks use it alike.</summary>
public static class DashboardDbOptions
{
    public static DbContextOptionsBuilder UseDashboardSqlite(this DbContextOptionsBuilder builder, DatabasePath path) => builder
        .UseSqlite(path.ConnectionString)
        // No PendingModelChangesWarning ignore: with the model snapshot in Migrations/, Migrate refuses a model
        // changed without a migration (EF's default), and ModelSnapshotTests catch it first.
        .AddInterceptors(new SqliteConnectionPragmas());

    public static DbContextOptions<DashboardDbContext> For(DatabasePath path) =>
        ((DbContextOptionsBuilder<DashboardDbContext>)new DbContextOptionsBuilder<DashboardDbContext>().UseDashboardSqlite(path)).Options;
}
