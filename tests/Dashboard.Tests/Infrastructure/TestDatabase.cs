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
        return Factory;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
