using Dashboard.Classifying;
using Dashboard.Configuration;
using Dashboard.Fetching;
using Dashboard.Ingestion;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Ingestion;

/// <summary>
/// The ingestion pipeline wired exactly as the app wires it (same extension methods), on a real
/// SQLite file, with feeds pointing at a loopback server. Disposing keeps the file, so a second
/// harness on the same folder is a restart.
/// </summary>
internal sealed class IngestionHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private IngestionHarness(ServiceProvider provider) => _provider = provider;

    public IServiceProvider Services => _provider;
    public FeedRefresher Refresher => _provider.GetRequiredService<FeedRefresher>();

    /// <param name="replace">Runs after the app's registrations, to replace one (e.g. the fetcher's HTTP handler).</param>
    public static async Task<IngestionHarness> StartAsync(string dataDir, IEnumerable<FeedOptions> feeds, Action<IngestionOptions>? ingestion = null,
        TimeProvider? clock = null, Action<IServiceCollection>? replace = null)
    {
        var options = TestCatalog.Options(feeds);
        ingestion?.Invoke(options.Ingestion);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services.AddSingleton(new AppMode(IsDemo: false));
        services.Configure<DashboardOptions>(o =>
        {
            o.Perspectives = options.Perspectives; o.Sources = options.Sources; o.Topics = options.Topics;
            o.Feeds = options.Feeds; o.Ingestion = options.Ingestion; o.Storage.DatabasePath = "dashboard.db";
        });
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = dataDir });
        if (clock is not null) services.AddSingleton(clock);
        services.AddStorage(demo: false);
        services.AddFetching();
        services.AddClassification();
        services.AddIngestion();
        services.AddAnalysis();
        replace?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await DatabaseStartup.InitializeAsync(provider);
        return new IngestionHarness(provider);
    }

    public async Task<FeedState> FeedAsync(string id)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Feeds.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    public async Task<List<Article>> ArticlesAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Articles.AsNoTracking().Include(a => a.Topics).OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<List<FetchEvent>> EventsAsync(string feedId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.FetchEvents.AsNoTracking().Where(e => e.FeedId == feedId).OrderBy(e => e.Id).ToListAsync();
    }

    private IDbContextFactory<DashboardDbContext> Contexts => _provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
