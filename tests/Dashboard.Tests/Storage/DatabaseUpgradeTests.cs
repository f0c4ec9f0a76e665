using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Ingestion;
using Dashboard.Overview;
using Dashboard.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Dashboard.Tests.Storage;

/// <summary>
/// A file made by the previous release (Fixtures/README.md says how) started the way the app starts: every migration
/// added since then runs on real rows, and every value that was there must still be there. Until a new migration is
/// added the file is already up to date, and this proves the current code (model snapshot included) opens it as is.
/// </summary>
public sealed class DatabaseUpgradeTests : IDisposable
{
    private const string Fixture = "release-0255bf9.db";
    private static readonly string[] Tables =
        ["Feeds", "Articles", "ArticleTopics", "FetchEvents", "FeedOutages", "Digests", "SpikeAlerts", "HourlyCounts", "DailyCounts", "TopicHours"];
    private const string Body = "instr(lower(a.Title) || char(10) || coalesce(lower(a.Snippet), ''), 'trump') > 0";
    /// <summary>Articles holding "trump" found through the full-text index (as searches do: trigrams, then instr), and all of them.</summary>
    private static readonly string SearchCountsSql =
        $"SELECT (SELECT count(*) FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid WHERE ArticleSearch MATCH '{TextQuery.SearchMatch("trump")}' AND {Body}), " +
        $"(SELECT count(*) FROM Articles a WHERE {Body})";

    private readonly Dictionary<string, string[]> _columns = [];
    private readonly string _root = Directory.CreateTempSubdirectory("dashboard-upgrade-").FullName;
    private string DatabaseFile => Path.Combine(_root, "data", "dashboard.db");

    public DatabaseUpgradeTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", Fixture), DatabaseFile);
    }

    [Fact]
    public async Task Initialize_FileFromPreviousRelease_KeepsEveryRow()
    {
        var before = await RowsAsync();
        // What the release's demo run stored (not read from the file, so an emptied fixture fails here).
        Assert.Equal([2, 23, 42, 21], new[] { "Feeds", "Articles", "ArticleTopics", "FetchEvents" }.Select(t => before[t].Count));
        var firstArticle = await ScalarsAsync("SELECT Title, SortAt, StoryId FROM Articles ORDER BY Id LIMIT 1");
        var searchCounts = await ScalarsAsync(SearchCountsSql);

        await using var services = await StartedAsync();

        var after = await RowsAsync();
        foreach (var table in Tables) Assert.Equal(before[table], after[table]);
        Assert.NotEqual("0", searchCounts[0]);
        Assert.Equal(searchCounts[1], searchCounts[0]);
        Assert.Equal(searchCounts, await ScalarsAsync(SearchCountsSql)); // the full-text index still finds what it indexed
        // Through EF as the app reads them: the stored Unix milliseconds come back as the same UTC times.
        await using var db = await services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
        string[] read = [article.Title, UtcDateTimeConverter.ToUnixMs(article.SortAt).ToString(CultureInfo.InvariantCulture),
            article.StoryId?.ToString(CultureInfo.InvariantCulture) ?? "null"];
        Assert.Equal(firstArticle, read);
        Assert.Equal(DateTimeKind.Utc, article.SortAt.Kind);
        Assert.Equal(15, await db.Articles.Select(a => a.StoryId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Initialize_FileFromPreviousRelease_AppliesAllMigrationsWithoutModelChanges()
    {
        await using var services = await StartedAsync();

        await using var db = await services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    /// <summary>The app's start-up (migrate, overview index, WAL, feed sync) on the copy; the feeds configured as stored.</summary>
    private async Task<ServiceProvider> StartedAsync()
    {
        var feeds = new List<FeedOptions>();
        await QueryAsync("SELECT Id, Name, Url, Enabled FROM Feeds", r =>
            feeds.Add(new FeedOptions { Id = r.GetString(0), Name = r.GetString(1), Url = r.GetString(2), Enabled = r.GetBoolean(3) }));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _root });
        services.AddSingleton(new AppMode(false));
        services.Configure<DashboardOptions>(o => o.Feeds = feeds);
        services.AddStorage(demo: false);
        services.AddSingleton<FeedCatalog>();
        var provider = services.BuildServiceProvider();
        await DatabaseStartup.InitializeAsync(provider);
        return provider;
    }

    /// <summary>
    /// Each table's rows as sorted text. The first call notes each table's columns; later calls read only those
    /// (a later migration may add columns, never drop data).
    /// </summary>
    private async Task<Dictionary<string, List<string>>> RowsAsync()
    {
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in Tables)
        {
            var known = _columns.TryGetValue(table, out var columns);
            var list = new List<string>();
            await QueryAsync($"SELECT {(known ? string.Join(", ", columns!) : "*")} FROM {table}", r =>
            {
                if (!known) _columns[table] = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray();
                list.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => Text(r, i))));
            });
            list.Sort(StringComparer.Ordinal);
            rows[table] = list;
        }
        return rows;
    }

    private async Task<string[]> ScalarsAsync(string sql)
    {
        string[] values = [];
        await QueryAsync(sql, r => values = Enumerable.Range(0, r.FieldCount).Select(i => Text(r, i)).ToArray());
        return values;
    }

    private static string Text(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!;

    /// <summary>Raw SQL on its own unpooled connection, so nothing of EF's stays open on the file between steps.</summary>
    private async Task QueryAsync(string sql, Action<SqliteDataReader> row)
    {
        await using var c = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) row(reader);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
