using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// The app in --demo mode as its own process: its loopback demo feeds (topic us-china, perspectives us and
/// china) flow through the real ingestion pipeline, so articles arrive live without internet.
/// </summary>
internal static class DemoApp
{
    /// <summary>The seed digest's window, which demo views show by default.</summary>
    public const string SeedWindow = "from=2025-11-24T00:00:00Z&to=2025-11-26T00:00:00Z";

    /// <summary>Long enough for the replay to release items to a client that connects a few seconds late.</summary>
    public static TimeSpan ArrivalTimeout => TimeSpan.FromSeconds(60);

    /// <param name="stepSeconds">Seconds between releases (each feed has about a dozen items).</param>
    /// <param name="itemsPerStep">Items each feed releases per step.</param>
    /// <param name="port">0 for a free port; a stopped app's port to restart it there.</param>
    /// <param name="extra">More environment settings (e.g. <c>Digest__DayEndsAt</c>); they win over the ones above.</param>
    public static Task<AppProcess> StartAsync(string dataDir, int stepSeconds = 3, int itemsPerStep = 2, int port = 0,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Ingestion__Enabled"] = "true",
            ["Demo__DatabasePath"] = Path.Combine(dataDir, "demo.db"),
            ["Demo__StepSeconds"] = stepSeconds.ToString(),
            ["Demo__ItemsPerStep"] = itemsPerStep.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) environment[key] = value;
        return AppProcess.StartOnPortAsync(port, RepositoryRoot.Path, environment, "--demo");
    }
}
