using Dashboard.Storage;
using Dashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Storage;

public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task Migrate_FreshDatabase_SchemaEqualsEnsureCreated()
    {
        using var migrated = new TestDatabase("migrated.db");
        using var created = new TestDatabase("created.db");
        // Migrate alone (no OverviewIndex.Ensure): the migrations must build everything themselves.
        await using (var db = new DashboardDbContext(migrated.Options())) await db.Database.MigrateAsync();
        await created.CreatedAsync();

        var expected = await SchemaOf(created.Path.ConnectionString);
        var actual = await SchemaOf(migrated.Path.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        using var database = new TestDatabase();
        await database.MigratedAsync();
        await using var db = new DashboardDbContext(database.Options());
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>
    /// Tables, columns (type, nullability, key), indexes (uniqueness, columns), foreign keys, WITHOUT ROWID, and the SQL
    /// of virtual tables, triggers and views (which EF does not model: the OverviewIndex tables), as sorted lines.
    /// </summary>
    private static async Task<List<string>> SchemaOf(string connectionString)
    {
        await using var c = new SqliteConnection(connectionString);
        await c.OpenAsync();
        var lines = new List<string>();
        foreach (var table in await Strings(c, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')"))
        {
            lines.AddRange(await Rows(c, $"PRAGMA table_info('{table}')", r => $"{table}.{r["name"]} {r["type"]} notnull={r["notnull"]} pk={r["pk"]}"));
            lines.AddRange(await Rows(c, $"PRAGMA foreign_key_list('{table}')", r => $"{table} fk {r["from"]} -> {r["table"]}.{r["to"]} on delete {r["on_delete"]}"));
            foreach (var index in await Rows(c, $"PRAGMA index_list('{table}')", r => $"{r["name"]}|{r["unique"]}"))
            {
                var (name, unique) = (index.Split('|')[0], index.Split('|')[1]);
                var columns = await Rows(c, $"PRAGMA index_info('{name}')", r => (string)r["name"]);
                lines.Add($"{table} index {name} unique={unique} ({string.Join(",", columns)})");
            }
            var sql = await Strings(c, $"SELECT sql FROM sqlite_master WHERE type='table' AND name='{table}'");
            lines.Add($"{table} autoincrement={sql.Single().Contains("AUTOINCREMENT")} withoutRowid={sql.Single().Contains("WITHOUT ROWID")}");
            if (sql.Single().StartsWith("CREATE VIRTUAL TABLE", StringComparison.Ordinal)) lines.Add($"{table} sql {Normalize(sql.Single())}");
        }
        lines.AddRange(await Rows(c, "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')",
            r => $"{r["type"]} {r["name"]} {Normalize((string)r["sql"])}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Normalize(string sql) => string.Join(' ', sql.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static Task<List<string>> Strings(SqliteConnection c, string sql) => Rows(c, sql, r => r.GetString(0));

    private static async Task<List<string>> Rows(SqliteConnection c, string sql, Func<SqliteDataReader, string> map)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync()) list.Add(map(reader));
        return list;
    }
}
