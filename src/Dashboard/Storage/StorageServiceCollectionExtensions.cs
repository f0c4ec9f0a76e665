using Dashboard.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool demo)
    {
        var options = configuration.Get<DashboardOptions>() ?? new DashboardOptions();
        var path = DatabasePath.Resolve(demo ? options.Demo.DatabasePath : options.Storage.DatabasePath, environment.ContentRootPath);
        services.AddSingleton(path);
        services.AddDbContextFactory<DashboardDbContext>(o => o
            .UseSqlite(path.ConnectionString)
            // Migrations are hand-written without a model snapshot; MigrationSchemaTests is the guard instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<FeedHealthQueries>();
        services.AddSingleton(new DatabaseStartup(demo));
        return services;
    }
}
