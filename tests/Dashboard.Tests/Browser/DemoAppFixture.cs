using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Browser;

/// <summary>The app in demo mode in its own process (seed feeds replayed live over loopback), for browser tests.</summary>
internal static class DemoApp
{
    public static Dictionary<string, string> Environment(string dataDir) => new()
    {
        ["Ingestion__Enabled"] = "true",
        ["Demo__DatabasePath"] = Path.Combine(dataDir, "demo.db"),
        ["Demo__StepSeconds"] = "3",
    };

    public static Task<AppProcess> StartAsync(string dataDir, int port = 0) =>
        AppProcess.StartOnPortAsync(port, RepositoryRoot.Path, Environment(dataDir), "--demo");

    /// <summary>The seed digest's window, which demo views show by default.</summary>
    public const string SeedWindow = "from=2025-11-24T00:00:00Z&to=2025-11-26T00:00:00Z";
}
