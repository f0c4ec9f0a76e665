namespace Dashboard.Overview;

public static class OverviewServiceCollectionExtensions
{
    /// <summary>The overview page's read side (needs AddStorage and the dashboard configuration).</summary>
    public static IServiceCollection AddOverview(this IServiceCollection services) => services
        .AddSingleton<OverviewQueries>()
        .AddSingleton<OverviewLoader>();
}
