using Dashboard.Digest;
using Microsoft.Extensions.Options;

namespace Dashboard.Configuration;

/// <summary>
/// Checks the whole configuration at start-up and reports every problem at once (one line each,
/// "key:path: problem"), so an operator fixes appsettings.json in one pass instead of one error per restart.
/// </summary>
public sealed partial class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    private readonly IConfiguration? configuration;

    /// <param name="configuration">
    /// The configuration the options were bound from, to report values the binder could not read;
    /// null when the options were built in code.
    /// </param>
    public DashboardOptionsValidator(IConfiguration? configuration = null)
    {
        this.configuration = configuration;
    }

    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        // Unreadable entries were dropped from their lists, shifting the indexes of the entries after
        // them: other problems would be reported at wrong paths, so these come alone.
        var unreadable = configuration is null ? [] : ConfigurationReadProblems.Find(configuration);
        var problems = unreadable.Count > 0 ? unreadable : Check(options);
        // One failure whose message holds every problem, one per line.
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Join('\n', problems));
    }

    /// <summary>Every problem in <paramref name="options"/>, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Check(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ConfigurationProblems();
        var perspectives = CheckPerspectives(options.Perspectives, problems);
        var topics = CheckTopics(options.Topics, problems);
        CheckSources(options.Sources, perspectives, problems);
        CheckFeeds(options.Feeds, perspectives, topics, options.Ingestion.MinIntervalMinutes, problems);
        CheckIngestion(options.Ingestion, problems);
        CheckStorage(options.Storage, options.Demo, problems);
        CheckDemo(options.Demo, problems);
        CheckAnalysis(options, perspectives, problems);
        return problems.Lines;
    }

    /// <summary>
    /// Id and Name checks shared by every list. Returns the distinct ids in configuration order,
    /// which later checks use to resolve references.
    /// </summary>
    private static List<string> CheckIdentities<T>(
        string section, IReadOnlyList<T> entries, Func<T, string?> id, Func<T, string?> name, ConfigurationProblems problems)
    {
        // Case-insensitive: "US" and "us" would be indistinguishable in URLs and to people.
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ids = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"{section}:{i}";
            var entryId = id(entries[i]);
            if (problems.Require($"{path}:Id", entryId))
            {
                if (!ConfigurationFormats.IsSlug(entryId!))
                    problems.Add($"{path}:Id", $"invalid id '{entryId}' (use lowercase letters, digits and hyphens)");
                if (firstIndex.TryGetValue(entryId!, out var first))
                    problems.Add($"{path}:Id", $"duplicate id '{entryId}' (same as {section}:{first})");
                else
                {
                    firstIndex.Add(entryId!, i);
                    ids.Add(entryId!);
                }
            }
            problems.Require($"{path}:Name", name(entries[i]));
        }
        return ids;
    }
}
