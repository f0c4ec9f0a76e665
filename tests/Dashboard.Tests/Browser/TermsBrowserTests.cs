using Dashboard.Tests.Analysis;
using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Distinctive terms as an analyst meets them: a day with words significantly one side's, served from loopback to the
/// app's first configured feed; a term clicked filters the view by it (a URL change).
/// </summary>
public sealed class TermsBrowserTests : DemoBrowserTest
{
    private LoopbackFeedServer _feeds = null!;

    protected override async Task<AppProcess> StartAppAsync()
    {
        _feeds = await LoopbackFeedServer.StartAsync();
        _feeds.MapContent("/day.xml", TestCatalog.GoogleNewsRss(SignificantTermsFeed.Items()));
        var app = await AppProcess.StartAsync(RepositoryRoot.Path, new Dictionary<string, string>
        {
            ["Ingestion__Enabled"] = "false",
            ["Storage__DatabasePath"] = Path.Combine(DataDir, "dashboard.db"),
            ["Feeds__0__Url"] = _feeds.Url("/day.xml").AbsoluteUri,
        });
        using var http = new HttpClient { BaseAddress = app.BaseUrl };
        (await http.PostAsync($"api/feeds/{RepositoryRoot.BindShippedOptions().Feeds[0].Id}/refresh", null)).EnsureSuccessStatusCode();
        return app;
    }

    [Fact]
    public async Task Overview_SignificantTerms_ListedPerSideAndClickFiltersTheView()
    {
        var page = Page;
        await OpenAsync("/?topic=us-china&from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z");
        var term = page.Locator(".terms-side[data-perspective='china'] .term[data-term='sovereignty']");
        await term.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await page.Locator(".terms-side[data-perspective='us'] .term[data-term='sovereignty']").CountAsync());
        Assert.Equal(1, await page.Locator(".terms-side[data-perspective='us'] .term[data-term='tariff']").CountAsync());

        // A filter change is a pushState navigation (no load event): wait for the URL itself.
        await Browser.ClickUntilAsync(() => term.ClickAsync(), "new URLSearchParams(location.search).get('q') === 'sovereignty'");
        await page.WaitForFunctionAsync("() => { const t = [...document.querySelectorAll('.card .headline')].map(h => h.textContent); return t.length > 0 && t.every(x => /sovereignty/i.test(x)); }");
        AssertNoProblems();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _feeds.DisposeAsync();
    }
}
