using Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// What the overview costs a browser to load, as deployed (the published app): the first visit with an empty cache
/// at most 400 KB over the wire, a second visit at most 100 KB (fingerprinted assets come from the cache, as immutable).
/// </summary>
public sealed class PageWeightBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-weight-").FullName;
    private AppProcess _app = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await PublishedApp.StartAsync(_dataDir, new Dictionary<string, string>
        {
            ["Ingestion__Enabled"] = "true",
            ["Demo__DatabasePath"] = Path.Combine(_dataDir, "demo.db"),
            ["Demo__OriginalDates"] = "true",
            ["Demo__StepSeconds"] = "1",
            ["Demo__ItemsPerStep"] = "50",
            ["Demo__InitialItems"] = "50",
        }, "--demo");
        _browser = await BrowserSession.StartAsync();
    }

    /// <summary>Bytes over the wire (headers and compressed bodies) of the page and every request it made, once it is live.</summary>
    private async Task<(double Bytes, int Requests, string Largest)> LoadAsync()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_app.BaseUrl, "/?from=2025-11-24T00:00:00Z&to=2025-11-26T00:00:00Z").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up' && document.querySelector('.card') && document.querySelector('.analysis[data-loaded=true]')",
            null, new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(1000);
        var entries = await page.EvaluateAsync<double[][]>("() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => [e.transferSize])");
        var largest = await page.EvaluateAsync<string>("""
            () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .sort((a, b) => b.transferSize - a.transferSize).slice(0, 4).map(e => `${e.name.split('/').pop()} ${e.transferSize}`).join(', ')
            """);
        await page.CloseAsync();
        return (entries.Sum(e => e[0]), entries.Length, largest);
    }

    [Fact]
    public async Task Overview_FirstAndSecondLoad_AtMost400KbThen100Kb()
    {
        var first = await LoadAsync();
        var second = await LoadAsync();
        output.WriteLine($"first load: {first.Bytes / 1024:0.0} KB in {first.Requests} requests (largest: {first.Largest})");
        output.WriteLine($"second load: {second.Bytes / 1024:0.0} KB in {second.Requests} requests (largest: {second.Largest})");
        Assert.True(first.Bytes <= 400 * 1024, $"first load {first.Bytes / 1024:0.0} KB (largest: {first.Largest})");
        Assert.True(second.Bytes <= 100 * 1024, $"second load {second.Bytes / 1024:0.0} KB (largest: {second.Largest})");
        Assert.True(_browser.Problems.Count == 0, string.Join("\n", _browser.Problems));
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
