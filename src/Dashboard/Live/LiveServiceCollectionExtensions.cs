namespace Dashboard.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// SignalR and the hub's services; needs <see cref="ArticleNotifier"/> (AddIngestion) and the blindspot and alert
    /// notifiers (AddAnalysis) registered.
    /// </summary>
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<HubSubscriptionRegistry>();
        services.AddSingleton<HubSubscriptionValidator>();
        services.AddHostedService<HubBroadcaster>();
        services.AddHostedService<AnalysisRelay>();
        return services;
    }

    public const string HubPath = "/hubs/news";

    /// <summary>Maps <see cref="NewsHub"/> at <c>/hubs/news</c>.</summary>
    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<NewsHub>(HubPath);
        return app;
    }
}
