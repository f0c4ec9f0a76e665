using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Browser;

/// <summary>A wall screen left alone: it must come back by itself after the server restarts.</summary>
public sealed class WallBrowserTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-wall-").FullName;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync() => _browser = await BrowserSession.StartAsync(1920, 1080);

    [Fact]
    public async Task Wall_ServerRestarts_PageRecoversWithLiveDataWithin60Seconds()
    {
        var app = await DemoApp.StartAsync(_dataDir);
        var port = app.BaseUrl.Port;
        var page = _browser.Page;
        try
        {
            await page.GotoAsync(new Uri(app.BaseUrl, "wall?views=overview:us-china,overview:taiwan-strait&every=30s").AbsoluteUri);
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.ticker-item').length > 0", null, new() { Timeout = 60_000 });
            Assert.Equal(0, await page.Locator(".topbar").CountAsync());
            Assert.True(await page.Locator(".wall-clock").IsVisibleAsync());
            Assert.Empty(_browser.Problems);
            await page.EvaluateAsync("() => window.__beforeRestart = true");

            await app.StopAsync();
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'down'", null, new() { Timeout = 30_000 });
            // The whole screen says so, not a small pill, and its clock keeps running without the server.
            var overlay = await page.EvaluateAsync<double[]>("() => { const b = document.getElementById('connection-overlay').getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; }");
            Assert.Equal([0, 0, 1920, 1080], overlay);
            Assert.Contains("Connection lost", await page.Locator("#connection-overlay").InnerTextAsync());
            var clock = await page.Locator(".connection-overlay-clock").InnerTextAsync();
            await page.WaitForFunctionAsync("t => document.querySelector('.connection-overlay-clock').textContent !== t", clock, new() { Timeout = 5_000 });
        }
        finally
        {
            await app.DisposeAsync();
        }

        await using var restarted = await DemoApp.StartAsync(_dataDir, port: port);
        var started = DateTime.UtcNow;
        await page.WaitForFunctionAsync(
            "() => window.__beforeRestart === undefined && document.documentElement.dataset.connection === 'up' && document.querySelectorAll('.ticker-item').length > 0",
            null, new() { Timeout = 60_000, PollingInterval = 500 });
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
