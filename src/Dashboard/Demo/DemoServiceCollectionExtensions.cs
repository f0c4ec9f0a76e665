using Dashboard.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DemoFeedSource"/> as a singleton whose release clock starts when it is first
    /// resolved; resolve it at start-up to start the demo with the app.
    /// </summary>
    public static IServiceCollection AddDemoFeeds(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var clock = provider.GetRequiredService<TimeProvider>();
            var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value.Demo;
            return new DemoFeedSource(options, clock.GetUtcNow(), clock);
        });
        return services;
    }
}
