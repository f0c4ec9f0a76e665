using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Live;

/// <summary>
/// The app in --demo mode as its own process: its loopback demo feeds (topic us-china, perspectives us and
/// china) flow through ingestion, so the hub has articles to push without internet. One item per feed every
/// 4 s spreads the ~12 items per feed over ~45 s, so a client that subscribes a few seconds late still sees
/// articles arrive.
/// </summary>
internal static class HubDemoApp
{
    public static Task<AppProcess> StartAsync(string dataDir) => AppProcess.StartAsync(RepositoryRoot.Path, new Dictionary<string, string>
    {
        ["Ingestion__Enabled"] = "true",
        ["Demo__DatabasePath"] = Path.Combine(dataDir, "demo.db"),
        ["Demo__StepSeconds"] = "4",
        ["Demo__ItemsPerStep"] = "1",
    }, "--demo");

    public static TimeSpan ArrivalTimeout => TimeSpan.FromSeconds(60);
}
