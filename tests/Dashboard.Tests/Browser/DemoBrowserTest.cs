using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// A browser test on an app of its own: a temporary data folder, the app (the demo at the tests' pace unless a test
/// says otherwise) and one chromium session, all gone after the test.
/// </summary>
public abstract class DemoBrowserTest : IAsyncLifetime
{
    protected string DataDir { get; } = Directory.CreateTempSubdirectory("dashboard-browser-").FullName;
    protected AppProcess App { get; private set; } = null!;
    protected BrowserSession Browser { get; private set; } = null!;
    protected IPage Page => Browser.Page;

    protected virtual Task<AppProcess> StartAppAsync() => DemoApp.StartAsync(DataDir);

    protected virtual Task<BrowserSession> StartBrowserAsync() => BrowserSession.StartAsync();

    public async Task InitializeAsync()
    {
        App = await StartAppAsync();
        Browser = await StartBrowserAsync();
    }

    /// <summary>Opens a page of the app and waits until its circuit is up (the page is interactive).</summary>
    protected async Task OpenAsync(string pathAndQuery)
    {
        await Page.GotoAsync(new Uri(App.BaseUrl, pathAndQuery).AbsoluteUri);
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
    }

    /// <summary>No console error, page error, failed request or HTTP status ≥ 400 so far; the app's log if there was.</summary>
    protected void AssertNoProblems() =>
        Assert.True(Browser.Problems.Count == 0, string.Join("\n", Browser.Problems) + "\n--- app output ---\n" + App.Output);

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }
}
