using System.Globalization;

namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    private static void CheckIngestion(IngestionOptions ingestion, ConfigurationProblems problems)
    {
        AtLeast(problems, "Ingestion:MinIntervalMinutes", ingestion.MinIntervalMinutes, 1);
        if (ingestion.DefaultIntervalMinutes < ingestion.MinIntervalMinutes)
            problems.Add("Ingestion:DefaultIntervalMinutes",
                $"{ingestion.DefaultIntervalMinutes} is below Ingestion:MinIntervalMinutes ({ingestion.MinIntervalMinutes})");
        AtLeast(problems, "Ingestion:MaxConcurrency", ingestion.MaxConcurrency, 1);
        InRange(problems, "Ingestion:PerHostSpacingSeconds", ingestion.PerHostSpacingSeconds, 0, 3600);
        InRange(problems, "Ingestion:Jitter", ingestion.Jitter, 0, 0.5);
        InRange(problems, "Ingestion:TimeoutSeconds", ingestion.TimeoutSeconds, 1, 300);
        AtLeast(problems, "Ingestion:MaxBodyBytes", ingestion.MaxBodyBytes, 1);
        InRange(problems, "Ingestion:MaxRedirects", ingestion.MaxRedirects, 0, 20);
        // A zero cap would turn backoff into hammering a failing feed.
        if (!(ingestion.MaxBackoffHours > 0 && double.IsFinite(ingestion.MaxBackoffHours)))
            problems.Add("Ingestion:MaxBackoffHours", $"{Format(ingestion.MaxBackoffHours)} must be greater than 0");
        AtLeast(problems, "Ingestion:FetchEventsKept", ingestion.FetchEventsKept, 1);
        AtLeast(problems, "Ingestion:StaleAfterMinutes", ingestion.StaleAfterMinutes, 1);
    }

    /// <summary>Storage paths, the demo's among them: the demo's file must not be the real one.</summary>
    private static void CheckStorage(StorageOptions storage, DemoOptions demo, ConfigurationProblems problems)
    {
        var hasStorage = problems.Require("Storage:DatabasePath", storage.DatabasePath);
        var hasDemo = problems.Require("Demo:DatabasePath", demo.DatabasePath);
        InRange(problems, "Storage:SearchWindowDays", storage.SearchWindowDays, 0, 366);
        // The demo empties its database at every start: sharing the file would wipe the real data.
        if (hasStorage && hasDemo && SamePath(storage.DatabasePath, demo.DatabasePath))
            problems.Add("Demo:DatabasePath", $"'{demo.DatabasePath}' is Storage:DatabasePath too; the demo empties its database, so it needs its own file");
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a.Trim()), Path.GetFullPath(b.Trim()), StringComparison.Ordinal);

    private static void AtLeast(ConfigurationProblems problems, string path, long value, long min)
    {
        if (value < min)
            problems.Add(path, $"{value} is out of range (at least {min})");
    }

    private static void InRange(ConfigurationProblems problems, string path, double value, double min, double max)
    {
        // Written so that NaN fails too.
        if (!(value >= min && value <= max))
            problems.Add(path, $"{Format(value)} is out of range ({Format(min)}–{Format(max)})");
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
