using Dashboard.Alerts;
using Dashboard.Analysis;
using Dashboard.Digest;
using Dashboard.Stories;

namespace Dashboard;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Stories, blindspots, distinctive terms, spike alerts and the daily digest.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<IHeadlineEmbedder>(MiniLmHeadlineEmbedder.Shared);
        services.AddSingleton<StoryAssigner>();
        services.AddHostedService<StoryAssignerStartup>();
        services.AddSingleton<StoryQueries>();
        services.AddSingleton<StoryRedirects>();
        services.AddSingleton<BlindspotNotifier>();
        services.AddSingleton<BlindspotWatcher>();
        services.AddSingleton<TermQueries>();
        services.AddSingleton<HourlyCounts>();
        services.AddSingleton<AlertQueries>();
        services.AddSingleton<AlertNotifier>();
        services.AddSingleton<SpikeMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<SpikeMonitor>());
        services.AddSingleton<DigestService>();
        services.AddHostedService<DigestJob>();
        return services;
    }
}
