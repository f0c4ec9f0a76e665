using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// The app in --demo mode as its own process: its loopback demo feeds (topic us-china, perspectives us and
/// china) flow through the real ingestion pipeline, so articles arrive live without internet.
/// </summary>
internal static class DemoApp
{
    /// <summary>The seed digest's window, which demo views show by default when the demo keeps the seed's dates.</summary>
    public const string SeedWindow = "from=2025-11-24T00:00:00Z&to=2025-11-26T00:00:00Z";

    /// <summary>Long enough for the replay to release items to a client that connects a few seconds late.</summary>
    public static TimeSpan ArrivalTimeout => TimeSpan.FromSeconds(60);

    /// <summary>
    /// Fast releases for tests: each feed releases <paramref name="itemsPerStep"/> items at start and as many again every
    /// <paramref name="stepSeconds"/> (Demo:InitialItems = Demo:ItemsPerStep), so a large count puts everything out at once.
    /// </summary>
    /// <param name="stepSeconds">Seconds between releases (each feed has about a dozen items).</param>
    /// <param name="itemsPerStep">Items each feed releases at start and per step.</param>
    /// <param name="port">0 for a free port; a stopped app's port to restart it there.</param>
    /// <param name="extra">More environment settings (e.g. <c>Digest__DayEndsAt</c>); they win over the ones above.</param>
    /// <param name="originalDates">
    /// Demo:OriginalDates. True (the seed's 2025 dates, which <see cref="SeedWindow"/> covers) until the browser tests
    /// move to the demo's default dates, which end when it starts.
    /// </param>
    public static Task<AppProcess> StartAsync(string dataDir, int stepSeconds = 3, int itemsPerStep = 2, int port = 0,
        IReadOnlyDictionary<string, string>? extra = null, bool originalDates = true)
    {
        var environment = new Dictionary<string, string>
        {
            ["Demo__StepSeconds"] = stepSeconds.ToString(),
            ["Demo__InitialItems"] = itemsPerStep.ToString(),
            ["Demo__ItemsPerStep"] = itemsPerStep.ToString(),
            ["Demo__OriginalDates"] = originalDates ? "true" : "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) environment[key] = value;
        return StartShippedAsync(dataDir, port, environment);
    }

    /// <summary>
    /// The demo as <c>--demo</c> runs it with the shipped appsettings.json (dates ending at its start, the shipped
    /// release schedule), apart from <paramref name="extra"/>.
    /// </summary>
    public static Task<AppProcess> StartShippedAsync(string dataDir, int port = 0, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Ingestion__Enabled"] = "true",
            ["Demo__DatabasePath"] = Path.Combine(dataDir, "demo.db"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) environment[key] = value;
        return AppProcess.StartOnPortAsync(port, RepositoryRoot.Path, environment, "--demo");
    }
}
