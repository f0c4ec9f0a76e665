using Dashboard.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Storage;

public sealed class RawStatementTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("dashboard-raw-").FullName, "raw.db");

    [Fact]
    public async Task Execute_TableReadByAnotherSharedCacheConnection_WaitsForTheLockInsteadOfFailing()
    {
        // The app's connection string: the shared cache, where a reader's table lock fails a writer at once.
        var connectionString = $"Data Source={_path};Cache=Shared;Pooling=False";
        using var reading = new SqliteConnection(connectionString);
        reading.Open();
        using (var create = reading.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);";
            create.ExecuteNonQuery();
        }
        using var writing = new SqliteConnection(connectionString);
        writing.Open();
        using var select = reading.CreateCommand();
        select.CommandText = "SELECT x FROM t";
        var reader = select.ExecuteReader();
        Assert.True(reader.Read()); // a view's query, mid-way: it holds the table's read lock

        using var tx = writing.BeginTransaction();
        using var insert = new RawStatement(writing, "INSERT INTO t (x) VALUES (?1)");
        var release = Task.Run(async () =>
        {
            await Task.Delay(300);
            reader.Dispose();
        });
        insert.Bind(1, 4).Execute();
        tx.Commit();
        await release;

        using var count = writing.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(4L, (long)count.ExecuteScalar()!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true); } catch (IOException) { }
    }
}
