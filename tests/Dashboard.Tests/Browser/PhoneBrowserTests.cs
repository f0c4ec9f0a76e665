using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The overview and the wall on a phone (390×844, touch, mobile viewport): nothing wider than the screen, data on the
/// first screen and the filters in a drawer, usable by touch, cards readable. The layout is CSS, so only a browser can tell.
/// </summary>
public sealed class PhoneBrowserTests : DemoBrowserTest
{
    private const int Width = 390;
    private const int Height = 844;

    protected override Task<BrowserSession> StartBrowserAsync() => BrowserSession.StartAsync(Width, Height, phone: true);

    /// <summary>Opens a page and waits for its data (<paramref name="ready"/>, a JS condition).</summary>
    private async Task OpenReadyAsync(string pathAndQuery, string ready = "document.querySelectorAll('.card').length >= 2")
    {
        await OpenAsync(pathAndQuery);
        await Page.WaitForFunctionAsync($"() => {ready}", null, new() { Timeout = 60_000 });
    }

    /// <summary>
    /// The page scrolls only vertically. A mobile browser widens its layout viewport to content that does not fit
    /// (innerWidth then exceeds the device width and the page is zoomed out), so both are checked; a failure names
    /// the elements that reach past the device width.
    /// </summary>
    private async Task AssertNoHorizontalOverflowAsync()
    {
        var overflow = await Page.EvaluateAsync<string>($$"""
            () => window.innerWidth === {{Width}} && document.scrollingElement.scrollWidth <= window.innerWidth ? '' :
              `innerWidth ${window.innerWidth}, scrollWidth ${document.scrollingElement.scrollWidth}, device ${{{Width}}}; past it: ` +
              [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > {{Width}} + 0.5)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > {{Width}} + 0.5)) // the innermost ones
                .slice(0, 10).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (right ${Math.round(e.getBoundingClientRect().right)})`).join(', ')
            """);
        Assert.True(overflow == "", overflow);
    }

    /// <summary>The first cards are visible, inside the screen, and their headlines are not cut off.</summary>
    private async Task AssertCardsReadableAsync()
    {
        var first = Page.Locator(".card").First;
        Assert.True(await first.IsVisibleAsync());
        var problems = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.card')].slice(0, 3).flatMap(card => {
              const box = card.getBoundingClientRect();
              const headline = card.querySelector('.headline');
              const out = [];
              if (box.left < 0 || box.right > window.innerWidth + 0.5) out.push(`card ${card.dataset.articleId} spans ${box.left}..${box.right}`);
              if (box.width < 250) out.push(`card ${card.dataset.articleId} only ${box.width}px wide`);
              if (!headline || headline.textContent.trim() === '') out.push(`card ${card.dataset.articleId} has no headline`);
              else if (headline.scrollWidth > headline.clientWidth + 1) out.push(`card ${card.dataset.articleId} headline clipped`);
              else if (parseFloat(getComputedStyle(headline).fontSize) < 14) out.push(`card ${card.dataset.articleId} headline too small`);
              return out;
            })
            """);
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Phone_Overview_DataOnFirstScreenFiltersInADrawerCardsReadable()
    {
        await OpenReadyAsync("/?" + DemoApp.SeedWindow);
        await AssertNoHorizontalOverflowAsync();
        await AssertCardsReadableAsync();
        // The first screen shows data, not chrome: the filter bar waits in a drawer, the KPIs are in view.
        Assert.False(await Page.Locator(".filter-row").IsVisibleAsync());
        Assert.True(await Page.Locator(".filters-open").IsVisibleAsync());
        Assert.True(await Page.EvaluateAsync<bool>("() => document.querySelector('.kpis').getBoundingClientRect().top < innerHeight / 2"));
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "overview-phone");

        // Filters, tapped: the drawer opens with the whole bar; a range tapped there changes the view (the URL).
        await Browser.ClickUntilAsync(() => Page.Locator(".filters-open").TapAsync(), "document.querySelector('.filter-drawer.mud-drawer--open') !== null");
        var chip = Page.Locator(".filter-drawer .range-chip", new() { HasText = "7d" });
        await chip.WaitForAsync();
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "overview-phone-filters");
        await Browser.ClickUntilAsync(() => chip.TapAsync(), "location.search.includes('range=7d')");
        await Page.WaitForFunctionAsync("() => document.querySelector('.filter-drawer.mud-drawer--open') === null");
        await AssertNoHorizontalOverflowAsync();
        AssertNoProblems();
    }

    [Fact]
    public async Task Phone_Wall_FitsTheScreenWidthHeadlinesReadable()
    {
        await OpenReadyAsync("/wall?views=overview:us-china&every=60s", "document.querySelectorAll('.story-row').length >= 2 && document.querySelector('.ticker-item')");
        await AssertNoHorizontalOverflowAsync();
        var problems = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.story-headline, .ticker-item')].slice(0, 6).flatMap(e => {
              const b = e.getBoundingClientRect();
              return b.right > innerWidth + 0.5 || parseFloat(getComputedStyle(e).fontSize) < 14 ? [`${e.className} '${e.textContent.trim().slice(0, 30)}'`] : [];
            })
            """);
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "wall-phone");
        AssertNoProblems();
    }
}
