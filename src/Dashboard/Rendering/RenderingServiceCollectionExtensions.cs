using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Rendering;

public static class RenderingServiceCollectionExtensions
{
    /// <summary>Chart images and link previews (needs AddOverview, AddDashboardUi's PerspectiveCatalog and the dashboard configuration).</summary>
    public static IServiceCollection AddRendering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services
            .AddSingleton<ChartRenderer>()
            .AddSingleton<RenderCache>()
            .AddSingleton<ChartImages>()
            .AddSingleton<SocialCards>();
    }
}
