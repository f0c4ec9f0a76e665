using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Storage;

/// <summary>
/// A prepared SQLite statement on an open connection, bound by index and reused row after row.
/// ADO.NET's per-execution work (name lookup, reader objects) costs more than the insert itself on the
/// ingest hot path; this runs inside the connection's current transaction like any other command.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("store: the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
    }

    public RawStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_text(_stmt, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value)
    {
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, index, v) : raw.sqlite3_bind_null(_stmt, index));
        return this;
    }

    /// <summary>How long a step waits out a lock before failing, as the connection's own commands do (Default Timeout).</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the statement; returns the first column of its first row (RETURNING), if any, then resets it.</summary>
    public long? Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_stmt);
            // With the shared cache another connection of this process reading the table (a view's query) makes the
            // step fail at once with SQLITE_LOCKED instead of waiting; ADO.NET commands retry that, so this does too.
            var started = Environment.TickCount64;
            while (rc is raw.SQLITE_LOCKED or raw.SQLITE_BUSY && Environment.TickCount64 - started < LockTimeout.TotalMilliseconds)
            {
                raw.sqlite3_reset(_stmt);
                Thread.Sleep(10);
                rc = raw.sqlite3_step(_stmt);
            }
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_stmt, 0);
            if (rc != raw.SQLITE_DONE) Check(rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Rows the last execution inserted, updated or deleted (0 when INSERT OR IGNORE skipped its row).</summary>
    public int Changes => raw.sqlite3_changes(_db);

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => raw.sqlite3_finalize(_stmt);
}
