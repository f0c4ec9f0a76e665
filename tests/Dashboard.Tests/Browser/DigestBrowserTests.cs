using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The demo app configured like the seed system (day ends 04:00 UTC, every article gets its feed's side), with all
/// 23 demo articles released at once and ingested before the tests start.
/// </summary>
public sealed class DigestDemoFixture : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-digest-").FullName;

    public AppProcess App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await DemoApp.StartAsync(_dataDir, itemsPerStep: 30, extra: new Dictionary<string, string>
        {
            ["Demo__PerspectiveMode"] = "Override",
            ["Digest__DayEndsAt"] = "04:00",
        });
        using var http = new HttpClient { BaseAddress = App.BaseUrl };
        var deadline = DateTime.UtcNow + DemoApp.ArrivalTimeout;
        while ((await http.GetFromJsonAsync<JsonElement>("/api/articles?limit=100")).GetArrayLength() < 23)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the 23 demo articles were not ingested in time:\n" + App.Output);
            await Task.Delay(300);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The digest as an editor reads it: from the archive to the seed's day, then a day back.</summary>
public sealed class DigestBrowserTests(DigestDemoFixture demo) : IClassFixture<DigestDemoFixture>, IAsyncLifetime
{
    private BrowserSession _browser = null!;

    public async Task InitializeAsync() => _browser = await BrowserSession.StartAsync();

    private IPage Page => _browser.Page;

    private async Task OpenAsync(string path)
    {
        await Page.GotoAsync(new Uri(demo.App.BaseUrl, path).AbsoluteUri);
        await WaitInteractiveAsync();
    }

    /// <summary>
    /// Waits until the interactive router runs. Before it does, a link click is Blazor's "enhanced navigation"
    /// (a fetch whose DOM merge resets the connection indicator), not the client-side navigation an analyst gets.
    /// The router's FocusOnNavigate focusing the h1 is the visible sign that it has rendered.
    /// </summary>
    private async Task WaitInteractiveAsync() =>
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up' && document.activeElement?.tagName === 'H1'");

    /// <summary>Follows a link (a client-side navigation once interactive) and waits until the target address is shown.</summary>
    private async Task FollowAsync(ILocator link, string pathAndQuery)
    {
        await link.ClickAsync();
        await Page.WaitForURLAsync(new Uri(demo.App.BaseUrl, pathAndQuery).AbsoluteUri);
    }

    private async Task WaitForTitleAsync(string title) =>
        await Page.WaitForFunctionAsync("t => document.querySelector('h1')?.textContent.trim() === t", title);

    private void AssertNoProblems() =>
        Assert.True(_browser.Problems.Count == 0, string.Join("\n", _browser.Problems) + "\n--- app output ---\n" + demo.App.Output);

    [Fact]
    public async Task Digest_ArchiveToSeedDayThenPreviousDay_NavigatesAndServesMarkdown()
    {
        await OpenAsync("/digest");
        await FollowAsync(Page.Locator(".digest-topics a", new() { HasText = "US vs China" }), "/digest?topic=us-china");
        await Page.WaitForFunctionAsync("() => document.querySelector('tr[data-topic=taiwan-strait]') === null");
        Assert.Equal("final", await Page.Locator("tr[data-day='2025-11-25'] .digest-status").TextContentAsync());
        await FollowAsync(Page.Locator("tr[data-topic=us-china][data-day='2025-11-25'] a"), "/digest/us-china/2025-11-25");
        await WaitForTitleAsync("US vs China News - 2025-11-25");
        Assert.Equal(0, await Page.Locator(".digest-partial").CountAsync()); // a closed day
        // The day's chart, drawn by the server: loaded, not a broken image.
        await Page.WaitForFunctionAsync("() => { const i = document.querySelector('.digest-chart img'); return i && i.complete && i.naturalWidth === 1200; }");

        // The .md link reaches the minimal-API endpoint, not the page.
        var href = await Page.Locator("a.digest-markdown").GetAttributeAsync("href");
        var markdown = await Page.APIRequest.GetAsync(new Uri(demo.App.BaseUrl, href).AbsoluteUri);
        Assert.Equal(200, markdown.Status);
        Assert.StartsWith("text/markdown", markdown.Headers["content-type"]);

        await FollowAsync(Page.Locator("a.digest-prev"), "/digest/us-china/2025-11-24");
        await WaitForTitleAsync("US vs China News - 2025-11-24");
        await _browser.ScreenshotAsync(RepositoryRoot.Path, "digest");
        AssertNoProblems();
    }

    /// <summary>Seed 002 reproduced: with the seed system's settings the demo's 2025-11-25 is its 20 articles, 10 per side.</summary>
    [Fact]
    public async Task Digest_SeedDay_ShowsSeedSectionsAndTwentyNumberedSources()
    {
        await OpenAsync("/digest/us-china/2025-11-25");
        await WaitForTitleAsync("US vs China News - 2025-11-25");

        var headings = await Page.Locator(".digest h2").AllTextContentsAsync();
        Assert.Equal(["Overall Highlights", "United States Perspective (United States Sources)", "China Perspective (China Sources)", "Sources"],
            headings.Select(h => h.Trim()));
        Assert.Equal("10", (await Page.Locator(".digest-count[data-perspective=us]").TextContentAsync())!.Replace("United States", "").Trim());
        Assert.Equal("10", (await Page.Locator(".digest-count[data-perspective=china]").TextContentAsync())!.Replace("China", "").Trim());
        var numbers = await Page.Locator(".digest-sources ol li").EvaluateAllAsync<string[]>("items => items.map(li => li.getAttribute('value'))");
        Assert.Equal(Enumerable.Range(1, 20).Select(n => n.ToString()), numbers);
        Assert.Equal(20, await Page.Locator(".digest-sources ol li a[target=_blank][rel='noopener noreferrer']").CountAsync());
        AssertNoProblems();
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
