using Dashboard.Digest;

namespace Dashboard.Demo;

public static class DemoModeServiceCollectionExtensions
{
    /// <summary>--demo: the seed feeds served by the app itself and polled through the real pipeline.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddDemoFeeds();
        services.AddSingleton<IDigestHold, DemoDigestHold>();
        services.AddHostedService<DemoActivator>();
        return services;
    }
}
