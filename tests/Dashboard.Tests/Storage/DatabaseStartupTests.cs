using Dashboard.Configuration;
using Dashboard.Ingestion;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Dashboard.Tests.Storage;

public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dashboard-startup-").FullName;

    [Fact]
    public async Task Initialize_FirstRun_CreatesFolderFileInWalModeWithConfiguredFeeds()
    {
        await using var services = Services(demo: false);
        await DatabaseStartup.InitializeAsync(services);

        var path = Path.Combine(_root, "data", "dashboard.db");
        Assert.True(File.Exists(path));
        await using var db = await Contexts(services).CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", await pragma.ExecuteScalarAsync());
        }
        Assert.Equal(["f1"], await db.Feeds.Select(f => f.Id).ToListAsync());
    }

    [Fact]
    public async Task Initialize_Restart_KeepsArticles()
    {
        await using (var first = Services(demo: false)) { await DatabaseStartup.InitializeAsync(first); await AddArticleAsync(first); }
        await using var second = Services(demo: false);
        await DatabaseStartup.InitializeAsync(second);

        await using var db = await Contexts(second).CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Initialize_DemoRestart_EmptiesTheDemoDatabaseOnly()
    {
        await using (var normal = Services(demo: false)) { await DatabaseStartup.InitializeAsync(normal); await AddArticleAsync(normal); }
        await using (var demo = Services(demo: true)) { await DatabaseStartup.InitializeAsync(demo); await AddArticleAsync(demo); }

        await using var restarted = Services(demo: true);
        await DatabaseStartup.InitializeAsync(restarted);

        await using (var db = await Contexts(restarted).CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Articles.CountAsync());
            Assert.Empty(await db.Feeds.ToListAsync()); // demo feeds are added once the server listens
        }
        await using var normalAgain = Services(demo: false);
        await using var normalDb = await Contexts(normalAgain).CreateDbContextAsync();
        Assert.Equal(1, await normalDb.Articles.CountAsync());
    }

    private ServiceProvider Services(bool demo)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _root });
        services.AddSingleton(new AppMode(demo));
        services.Configure<DashboardOptions>(o =>
        {
            o.Feeds = [new FeedOptions { Id = "f1", Name = "F1", Url = "http://127.0.0.1:9/f1.xml" }];
        });
        services.AddStorage(demo);
        services.AddSingleton<FeedCatalog>();
        return services.BuildServiceProvider();
    }

    private static IDbContextFactory<DashboardDbContext> Contexts(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    private static async Task AddArticleAsync(IServiceProvider services)
    {
        await using var db = await Contexts(services).CreateDbContextAsync();
        var feedId = await db.Feeds.Select(f => f.Id).FirstOrDefaultAsync();
        if (feedId is null)
        {
            db.Feeds.Add(new FeedState { Id = "x", Name = "x", Url = "http://127.0.0.1:9/x.xml" });
            feedId = "x";
        }
        db.Articles.Add(new Article { DedupeKey = "k", Title = "t", PerspectiveId = "us", PerspectiveRule = "r", FeedId = feedId });
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
