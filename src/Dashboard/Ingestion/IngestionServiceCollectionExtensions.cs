using Dashboard.Live;

namespace Dashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddSingleton<FeedCatalog>();
        services.AddSingleton<FeedRefresher>();
        services.AddSingleton<ArticleNotifier>();
        services.AddHostedService<IngestionService>();
        services.AddHealthChecks().AddCheck<IngestionHealthCheck>("ingestion");
        return services;
    }
}
