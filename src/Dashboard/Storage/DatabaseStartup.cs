using Dashboard.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

/// <summary>Creates or migrates the database before the host starts serving or polling.</summary>
public sealed record DatabaseStartup(bool EmptyFirst)
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var startup = services.GetRequiredService<DatabaseStartup>();
        var path = services.GetRequiredService<DatabasePath>();
        if (startup.EmptyFirst) DeleteDatabaseFiles(path.FullPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path.FullPath)!);

        var contexts = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
            // A no-op after the OverviewSpeed migration; it rebuilds the derived overview tables from the raw rows
            // should one of them have been dropped (they hold nothing the raw rows do not).
            await db.Database.OpenConnectionAsync(ct);
            OverviewIndex.Ensure((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());
            // WAL lets the dashboard read while ingestion writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await services.GetRequiredService<FeedCatalog>().SyncToDatabaseAsync(ct);
    }

    private static void DeleteDatabaseFiles(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
    }
}
