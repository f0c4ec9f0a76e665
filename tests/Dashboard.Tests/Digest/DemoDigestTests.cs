using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Digest;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Digest;

/// <summary>
/// The acceptance test: the demo feeds replay seed 002's articles; with their original dates
/// (Demo:OriginalDates), the feeds giving their own perspective to their articles (as the seed system did) and the day
/// closing at 04:00 UTC (when the seed was published), the app's digest of 2025-11-25 has seed 002's counts and source list.
/// </summary>
public sealed class DemoDigestTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-demo-digest-").FullName;
    private AppProcess _app = null!;

    // The seed's own dates: seed 002's day is 2025-11-25, and moved dates would straddle the 04:00 day boundary anywhere.
    public async Task InitializeAsync() => _app = await DemoApp.StartAsync(_dataDir, stepSeconds: 1, itemsPerStep: 50, originalDates: true,
        extra: new Dictionary<string, string>
        {
            ["Demo__PerspectiveMode"] = "Override",
            ["Digest__DayEndsAt"] = "04:00",
        });

    [SeedFact]
    public async Task DigestMarkdown_DemoWithOverride_ReproducesSeed002CountsAndSources()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseUrl };
        await WaitForArticlesAsync(http, 23);

        var markdown = await http.GetStringAsync("/digest/us-china/2025-11-25.md");

        var seed = FrontMatterReader.Read(SeedDigest.Text);
        var ours = FrontMatterReader.Read(markdown);
        Assert.Equal(seed.FrontMatter.Keys.Order(), ours.FrontMatter.Keys.Order());
        Assert.Equal(seed.Sections, ours.Sections);
        Assert.Equal(20L, ours.FrontMatter["articleCount"]);
        Assert.Equal((10L, 10L), (ours.FrontMatter["usSources"], ours.FrontMatter["chinaSources"]));
        foreach (var key in new[] { "title", "topic", "topicName", "sources", "perspectives", "draft" })
            Assert.Equal(JsonSerializer.Serialize(seed.FrontMatter[key]), JsonSerializer.Serialize(ours.FrontMatter[key]));
        Assert.Equal(Section(SeedDigest.Text, "## Sources"), Section(markdown, "## Sources"));
    }

    [SeedFact]
    public async Task DigestMarkdown_ClosedDay_IsStoredAndServedUnchanged()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseUrl };
        await WaitForArticlesAsync(http, 23);

        var first = await http.GetStringAsync("/digest/us-china/2025-11-25.md");
        var again = await http.GetStringAsync("/digest/us-china/2025-11-25.md");
        var json = await http.GetFromJsonAsync<JsonElement>("/api/digests/us-china/2025-11-25");

        Assert.Equal(first, again); // same generation time: read back, not rebuilt
        Assert.True(json.GetProperty("stored").GetBoolean());
        Assert.Equal(20, json.GetProperty("document").GetProperty("articleCount").GetInt32());
    }

    private static async Task WaitForArticlesAsync(HttpClient http, int count)
    {
        var deadline = DateTime.UtcNow + DemoApp.ArrivalTimeout;
        while (true)
        {
            var articles = await http.GetFromJsonAsync<JsonElement>("/api/articles?limit=100");
            if (articles.GetArrayLength() >= count) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"demo: {articles.GetArrayLength()} of {count} articles after {DemoApp.ArrivalTimeout}");
            await Task.Delay(250);
        }
    }

    /// <summary>From the heading to the end of the document.</summary>
    private static string Section(string markdown, string heading) => markdown[markdown.IndexOf(heading, StringComparison.Ordinal)..].TrimEnd();

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
