using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Browser;

/// <summary>The demo app in its own process, seen through chromium (the overview's live path: OverviewBrowserTests).</summary>
public sealed class LiveBrowserTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-browser-").FullName;
    private AppProcess _app = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await AppProcess.StartAsync(RepositoryRoot.Path, new Dictionary<string, string>
        {
            ["Ingestion__Enabled"] = "true",
            ["Demo__DatabasePath"] = Path.Combine(_dataDir, "demo.db"),
            ["Demo__StepSeconds"] = "3",
        }, "--demo");
        _browser = await BrowserSession.StartAsync();
    }

    [Fact]
    public async Task Feeds_DemoFeeds_HealthTableWithoutErrors()
    {
        var page = _browser.Page;
        await page.GotoAsync(new Uri(_app.BaseUrl, "feeds").AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator("tr[data-feed-id='demo-us']").WaitForAsync();
        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());
        await _browser.ScreenshotAsync(RepositoryRoot.Path, "feeds-demo");
        Assert.Empty(_browser.Problems);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
