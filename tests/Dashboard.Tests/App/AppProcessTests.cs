using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.App;

/// <summary>The app as an operator starts it: its own process, the repository root (or a publish folder) as working directory.</summary>
public sealed class AppProcessTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-process-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>No test polls the real feeds of appsettings.json: ingestion off, database in a temp folder.</summary>
    private Dictionary<string, string> OfflineEnvironment() => new()
    {
        ["Ingestion__Enabled"] = "false",
        ["Storage__DatabasePath"] = Path.Combine(_dataDir, "dashboard.db"),
        ["Demo__DatabasePath"] = Path.Combine(_dataDir, "demo.db"),
    };

    [Fact]
    public async Task Run_FromRepositoryRoot_ReadsRootAppSettingsAndServesRootWwwroot()
    {
        await using var app = await AppProcess.StartAsync(RepositoryRoot.Path, OfflineEnvironment());

        var css = await _http.GetStringAsync(new Uri(app.BaseUrl, "css/app.css"));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "wwwroot", "css", "app.css")), css);
        var feeds = await _http.GetFromJsonAsync<JsonElement>(new Uri(app.BaseUrl, "api/feeds"));
        Assert.Equal(RepositoryRoot.BindShippedOptions().Feeds.Select(f => f.Id).Order(),
            feeds.EnumerateArray().Select(f => f.GetProperty("id").GetString()!).Order());
        Assert.True(File.Exists(Path.Combine(_dataDir, "dashboard.db")), "the database file is created on first run");
    }

    [Fact]
    public async Task Publish_RunFromAnotherFolder_ServesRootAppSettingsAndEveryStaticAsset()
    {
        var publishDir = await PublishedApp.FolderAsync();
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "appsettings.json")),
            await File.ReadAllTextAsync(Path.Combine(publishDir, "appsettings.json")));
        Assert.False(File.Exists(Path.Combine(publishDir, "System.Private.CoreLib.dll")), "the app is framework-dependent");

        // `dotnet out/Dashboard.dll` from a folder that is neither the repository nor the publish folder.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_dataDir, "elsewhere")).FullName;
        var environment = OfflineEnvironment();
        environment.Remove("Storage__DatabasePath"); // the default: data/ under the content root, the publish folder
        await using var app = await PublishedApp.StartAsync(elsewhere, environment);
        Assert.True(File.Exists(Path.Combine(publishDir, "data", "dashboard.db")), "the database lives under the publish folder:\n" + app.Output);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "wwwroot", "css", "app.css")),
            await _http.GetStringAsync(new Uri(app.BaseUrl, "css/app.css")));
        // Every asset the first page links (fingerprinted: MudBlazor's _content, blazor.web.js, wwwroot) is served.
        var html = await _http.GetStringAsync(app.BaseUrl);
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"#]+\\.(?:css|js|svg))\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.") && a.EndsWith(".css"));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.") && a.EndsWith(".js"));
        Assert.Contains(assets, a => a.StartsWith("css/app.") && a.EndsWith(".css"));
        foreach (var asset in assets)
        {
            using var response = await _http.GetAsync(new Uri(app.BaseUrl, asset));
            Assert.True(response.IsSuccessStatusCode, $"{asset} is served by the published app: {(int)response.StatusCode}");
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString()); // fingerprinted: cached for good
        }
    }

    [Fact]
    public async Task Run_InvalidConfiguration_RefusesToStartNamingTheKey()
    {
        var environment = OfflineEnvironment();
        environment["Feeds__0__Perspective"] = "atlantis";
        var (code, _, stderr) = await AppProcess.RunAsync(RepositoryRoot.Path, environment, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.StartsWith("config: ", stderr);
        Assert.Contains("Feeds:0:Perspective", stderr);
        Assert.Contains("atlantis", stderr);
    }

    [Fact]
    public async Task Inspect_FeedFile_PrintsJsonWithoutHostOrDatabase()
    {
        var feed = Path.Combine(_dataDir, "feed.xml");
        await File.WriteAllTextAsync(feed, Ingestion.TestCatalog.GoogleNewsRss(Ingestion.TestCatalog.ThreeItems));

        var (code, stdout, stderr) = await AppProcess.RunAsync(_dataDir, new Dictionary<string, string>(), "inspect", feed);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("rss20", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("entries").GetArrayLength());
        Assert.DoesNotContain("Now listening", stdout + stderr);
        Assert.False(Directory.Exists(Path.Combine(_dataDir, "data")), "inspect must not create a database");
    }

    [Fact]
    public async Task Inspect_HtmlPage_ExitCode2AndOneLine()
    {
        var page = Path.Combine(_dataDir, "page.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body>hi</body></html>");

        var (code, stdout, stderr) = await AppProcess.RunAsync(_dataDir, new Dictionary<string, string>(), "inspect", page);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Demo_NoNetwork_SeedArticlesArriveThroughThePipeline()
    {
        var environment = OfflineEnvironment();
        environment["Ingestion__Enabled"] = "true"; // the demo feeds are the app's own loopback endpoints
        await using var app = await AppProcess.StartAsync(RepositoryRoot.Path, environment, "--demo");

        var deadline = DateTime.UtcNow.AddSeconds(45);
        JsonElement articles;
        do
        {
            await Task.Delay(500);
            articles = await _http.GetFromJsonAsync<JsonElement>(new Uri(app.BaseUrl, "api/articles?limit=200"));
        } while (!(articles.GetArrayLength() >= 4 && FeedsSeen(articles) == 2) && DateTime.UtcNow < deadline);

        Assert.True(articles.GetArrayLength() >= 4, "demo articles did not arrive:\n" + app.Output);
        Assert.Contains(articles.EnumerateArray(), a => a.GetProperty("feedId").GetString() == "demo-us");
        Assert.Contains(articles.EnumerateArray(), a => a.GetProperty("feedId").GetString() == "demo-china");
        Assert.Contains("Demo replay", await _http.GetStringAsync(app.BaseUrl));
        Assert.True(File.Exists(Path.Combine(_dataDir, "demo.db")), "demo mode uses its own database file");
        Assert.False(File.Exists(Path.Combine(_dataDir, "dashboard.db")), "demo mode leaves the normal database alone");
    }

    private static int FeedsSeen(JsonElement articles) =>
        articles.EnumerateArray().Select(a => a.GetProperty("feedId").GetString()).Distinct().Count();

    public void Dispose()
    {
        _http.Dispose();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
