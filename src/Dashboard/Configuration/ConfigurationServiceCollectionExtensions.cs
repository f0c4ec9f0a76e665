using Microsoft.Extensions.Options;

namespace Dashboard.Configuration;

public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DashboardOptions"/> from the configuration root (its sections are top-level in
    /// appsettings.json) and validates it when the host starts, so a bad file stops the app at once
    /// with every problem listed rather than failing later in a background poller.
    /// </summary>
    public static IServiceCollection AddDashboardConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Binding twice would append every list to itself (and then fail on duplicate ids).
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<DashboardOptions>) && d.ImplementationInstance is DashboardOptionsValidator))
            return services;
        services.AddSingleton<IValidateOptions<DashboardOptions>>(new DashboardOptionsValidator(configuration));
        services.AddOptions<DashboardOptions>()
            .Bind(configuration)
            .ValidateOnStart();
        return services;
    }
}
