using Dashboard.Configuration;
using Dashboard.Scheduling;
using Dashboard.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// SQLite through EF Core. The path is resolved from options when first needed (not while registering),
    /// so configuration added later — by tests or by the host — is honoured.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, bool demo)
    {
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return DatabasePath.Resolve(demo ? options.Demo.DatabasePath : options.Storage.DatabasePath, contentRoot);
        });
        services.AddDbContextFactory<DashboardDbContext>((provider, o) => o.UseDashboardSqlite(provider.GetRequiredService<DatabasePath>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleStore>();
        // The store keeps the window current, so both belong to storage.
        services.AddSingleton<SearchWindow>();
        services.AddHostedService<SearchWindowStartup>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<FeedHealthQueries>();
        services.AddSingleton<PollerStatus>(); // the feeds' health reads it; the ingestion service marks it
        services.AddSingleton<SourceStatsQueries>();
        services.AddSingleton(new DatabaseStartup(demo));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<SearchWindowHealthCheck>("search-window");
        return services;
    }
}
