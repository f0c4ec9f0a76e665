using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Storage;

/// <summary>
/// Per-connection SQLite settings. synchronous=NORMAL is the recommended mode with WAL: a process crash
/// loses nothing committed; only a power cut may drop the last commits, which the next poll fetches again
/// (the dedupe key makes that idempotent). A 32 MB page cache keeps a large refresh from spilling to disk mid-transaction.
/// Memory-mapped reads (up to SQLite's 2 GB default cap) serve pages straight from the OS cache: a text search of a month
/// reads thousands of scattered article rows, and a read() system call per page that misses the page cache cost more
/// than the query's own work (measured: 30-day search aggregates about 75 → 45 ms; see docs/benchmarks.md).
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=2147418112;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }
}
