using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Browser;

/// <summary>The feed health page of the demo app, seen through chromium.</summary>
public sealed class FeedsBrowserTests : DemoBrowserTest
{
    [Fact]
    public async Task Feeds_DemoFeeds_HealthTableWithoutErrors()
    {
        var page = Browser.Page;
        await page.GotoAsync(new Uri(App.BaseUrl, "feeds").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        await page.Locator("tr[data-feed-id='demo-us']").WaitForAsync();
        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());

        // Sortable: "Feed" sorts by name ("…China sources" before "…US edition"), a second click reverses.
        const string firstRowMatchesSort = """
            (() => { const sort = document.querySelector('th[aria-sort]');
                     if (sort?.textContent !== 'Feed') return false;
                     const first = document.querySelector('tbody tr').dataset.feedId;
                     return first === (sort.getAttribute('aria-sort') === 'ascending' ? 'demo-china' : 'demo-us'); })()
            """;
        var feedHeader = page.Locator("th", new() { HasText = "Feed" }).Locator("button");
        await Browser.ClickUntilAsync(() => feedHeader.ClickAsync(), firstRowMatchesSort);
        var direction = await page.Locator("th[aria-sort]").GetAttributeAsync("aria-sort");
        await feedHeader.ClickAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('th[aria-sort]').getAttribute('aria-sort') !== '{direction}' && {firstRowMatchesSort}");
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "feeds-demo");
        Assert.Empty(Browser.Problems);
    }
}
