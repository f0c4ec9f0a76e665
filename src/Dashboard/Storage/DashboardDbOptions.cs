using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Storage;

/// <summary>The one place the SQLite provider is configured: the app, the tests and the benchmarks use it alike.</summary>
public static class DashboardDbOptions
{
    public static DbContextOptionsBuilder UseDashboardSqlite(this DbContextOptionsBuilder builder, DatabasePath path) => builder
        .UseSqlite(path.ConnectionString)
        .AddInterceptors(new SqliteConnectionPragmas())
        // Migrations are hand-written without a model snapshot; MigrationSchemaTests is the guard instead.
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static DbContextOptions<DashboardDbContext> For(DatabasePath path) =>
        ((DbContextOptionsBuilder<DashboardDbContext>)new DbContextOptionsBuilder<DashboardDbContext>().UseDashboardSqlite(path)).Options;
}
