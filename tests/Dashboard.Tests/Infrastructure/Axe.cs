using System.Text.Json;
using Dashboard.Tests.Configuration;
using Microsoft.Playwright;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// axe-core (npm, installed by tests/run-tests.sh into tests/Dashboard.Tests/node_modules) run inside the page: the
/// accessibility violations of what the browser shows, by impact.
/// </summary>
internal static class Axe
{
    private static string ScriptPath => Path.Combine(RepositoryRoot.Path, "tests", "Dashboard.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>"impact rule: help (N nodes: selector, …)" for every violation of the given impacts.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, params string[] impacts)
    {
        if (!File.Exists(ScriptPath))
            throw new InvalidOperationException($"axe-core not found at {ScriptPath}: run tests/run-tests.sh, which installs it with npm ci");
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations)");
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Where(v => impacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v =>
            {
                var nodes = v.GetProperty("nodes").EnumerateArray().ToList();
                var targets = nodes.Take(5).Select(n => string.Join(" ", n.GetProperty("target").EnumerateArray().Select(t => t.ToString())));
                var detail = nodes.FirstOrDefault().TryGetProperty("failureSummary", out var f) ? f.GetString()?.Replace('\n', ' ') : null;
                return $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} " +
                       $"({nodes.Count} nodes: {string.Join(", ", targets)}) {detail}";
            })
            .ToList();
    }
}
