using Dashboard.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Classifying;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the source registry, perspective classifier and topic matcher as singletons: they are
    /// immutable lookup tables built once from the validated <see cref="DashboardOptions"/>
    /// (call <c>AddDashboardConfiguration</c> too).
    /// </summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        // Factories pick the IOptions constructors explicitly (the others are for tests and tools).
        services.TryAddSingleton(sp => new SourceRegistry(sp.GetRequiredService<IOptions<DashboardOptions>>()));
        services.TryAddSingleton(sp => new PerspectiveClassifier(
            sp.GetRequiredService<SourceRegistry>(), sp.GetRequiredService<IOptions<DashboardOptions>>()));
        services.TryAddSingleton(sp => new TopicMatcher(sp.GetRequiredService<IOptions<DashboardOptions>>()));
        return services;
    }
}
