using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Tests.Infrastructure;

/// <summary>A real SQLite file in a temp folder, deleted on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dashboard-test-").FullName;

    public TestDatabase(string name = "test.db") => Path = new DatabasePath(System.IO.Path.Combine(_dir, name));

    public DatabasePath Path { get; }

    public IDbContextFactory<DashboardDbContext> Factory => new PooledDbContextFactory<DashboardDbContext>(Options());

    public DbContextOptions<DashboardDbContext> Options() => DashboardDbOptions.For(Path);

    public async Task<IDbContextFactory<DashboardDbContext>> MigratedAsync()
    {
        await using var db = new DashboardDbContext(Options());
        await db.Database.MigrateAsync();
        await EnsureOverviewIndexAsync(db);
        return Factory;
    }

    /// <summary>EnsureCreated's schema plus what it cannot make (OverviewIndex's tables), as the app gets from Migrate.</summary>
    public async Task<IDbContextFactory<DashboardDbContext>> CreatedAsync()
    {
        await using var db = new DashboardDbContext(Options());
        await db.Database.EnsureCreatedAsync();
        await EnsureOverviewIndexAsync(db);
        return Factory;
    }

    private static async Task EnsureOverviewIndexAsync(DashboardDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        OverviewIndex.Ensure((SqliteConnection)db.Database.GetDbConnection());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
