using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

/// <summary>Raw SQL for the read queries that SQLite answers best as hand-written statements.</summary>
public static class DbCommands
{
    /// <summary>A command on the context's connection (opened through EF, so the connection pragmas apply).</summary>
    public static async Task<SqliteCommand> CommandAsync(this DashboardDbContext db, string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
