using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>The overview as an analyst uses it: filters in the URL, reload and back/forward, drill-down, live cards.</summary>
public sealed class OverviewBrowserTests : DemoBrowserTest
{
    private async Task WaitForCardsAsync(int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Page.Locator(".card").CountAsync() < atLeast)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {atLeast} cards after 60 s:\n{App.Output}");
            await Task.Delay(300);
        }
    }

    [Fact]
    public async Task Overview_FilterChange_UpdatesUrlAndReloadReproducesView()
    {
        await OpenAsync("/?" + DemoApp.SeedWindow);
        await WaitForCardsAsync(4);

        await Browser.ClickUntilAsync(() => Page.Locator(".perspective-chip", new() { HasText = "China" }).ClickAsync(),
            "location.search.includes('persp=china')"); // pushState: no load event to wait for
        await Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.card .badge')].every(b => b.textContent.trim() === 'China')");
        var filteredUrl = Page.Url;

        await Page.ReloadAsync();
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        Assert.Equal(filteredUrl, Page.Url);
        Assert.Equal("true", await Page.Locator(".perspective-chip", new() { HasText = "China" }).GetAttributeAsync("aria-pressed"));
        // The same view (the demo keeps publishing, so counts may grow): only China, in cards and in the KPIs.
        await Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.card .badge')].every(b => b.textContent.trim() === 'China')");
        await Page.WaitForFunctionAsync("""
            () => document.querySelector('[data-kpi=articles]').textContent.trim()
               === document.querySelector('[data-kpi=perspective-china] .kpi-value')?.textContent.trim()
            """);

        // Same-document history navigation fires no load event, so wait on location instead of GoBackAsync.
        await Page.EvaluateAsync("() => history.back()");
        await Page.WaitForFunctionAsync("() => !location.search.includes('persp=china')");
        // The entry before the reload belongs to the earlier document, so going back loads a page: let it finish and
        // connect before looking at it, as after the reload above.
        await Page.WaitForFunctionAsync("() => document.readyState === 'complete' && document.documentElement.dataset.connection === 'up'");
        await Page.WaitForFunctionAsync("() => document.querySelector('.perspective-chip[aria-pressed=true]') === null");
        Assert.Equal("false", await Page.Locator(".perspective-chip", new() { HasText = "China" }).GetAttributeAsync("aria-pressed"));
        AssertNoProblems();
    }

    [Fact]
    public async Task Overview_MalformedParameters_ShowNoticeNotError()
    {
        await OpenAsync("/?range=forever&persp=mars&zzz=1");
        var notices = await Page.Locator(".notices").TextContentAsync();
        Assert.Contains("forever", notices);
        Assert.Contains("mars", notices);
        Assert.Contains("zzz", notices);
        AssertNoProblems();
    }

    [Fact]
    public async Task Overview_DemoPublishes_NewCardSlidesInWithoutReload()
    {
        await OpenAsync("/?" + DemoApp.SeedWindow);
        await Page.EvaluateAsync("() => window.__marker = 'same page'");
        // Cards that arrive through a live push (not the first load) are highlighted: wait for one.
        await Page.WaitForFunctionAsync("() => document.querySelector('.card-fresh') !== null", null, new() { Timeout = 60_000 });

        Assert.Equal("same page", await Page.EvaluateAsync<string>("() => window.__marker"));
        AssertNoProblems();
    }

    [Fact]
    public async Task Overview_Kiosk_HidesChromeAndKeepsChosenControls()
    {
        await OpenAsync("/?kiosk=1&keep=range&" + DemoApp.SeedWindow);
        Assert.Equal(0, await Page.Locator(".topbar").CountAsync());
        Assert.Equal(1, await Page.Locator(".filter.range").CountAsync());
        Assert.Equal(0, await Page.Locator(".filter.search").CountAsync());
        Assert.Equal("dark", await Page.Locator(".app").GetAttributeAsync("data-theme"));
        // A kiosk view still says what it shows and what time it is (the clock runs in the browser).
        Assert.Equal("US vs China", (await Page.Locator(".kiosk-title").InnerTextAsync()).Trim());
        await Page.WaitForFunctionAsync("() => /^\\d\\d:\\d\\d:\\d\\d UTC$/.test(document.querySelector('.wall-clock').textContent)");

        await OpenAsync("/?theme=light");
        Assert.Equal("light", await Page.Locator(".app").GetAttributeAsync("data-theme"));
        Assert.Equal(1, await Page.Locator(".topbar").CountAsync());
        AssertNoProblems();
    }

    [Fact]
    public async Task ThemeToggle_Clicked_SwitchesThemeAndRemembersItAcrossReloads()
    {
        await OpenAsync("/?" + DemoApp.SeedWindow);
        var before = await Page.Locator(".app").GetAttributeAsync("data-theme");
        var after = before == "dark" ? "light" : "dark";
        await Browser.ClickUntilAsync(() => Page.Locator(".theme-toggle").ClickAsync(), $"document.querySelector('.app').dataset.theme === '{after}'");
        Assert.Equal(after == "dark", await Page.EvaluateAsync<bool>("() => getComputedStyle(document.body).backgroundColor === 'rgb(11, 18, 32)'"));

        await Page.ReloadAsync();
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        Assert.Equal(after, await Page.Locator(".app").GetAttributeAsync("data-theme")); // already in the server's first HTML (cookie)
        await Browser.ClickUntilAsync(() => Page.Locator(".theme-toggle").ClickAsync(), $"document.querySelector('.app').dataset.theme === '{before}'");
        AssertNoProblems();
    }

    /// <summary>
    /// A reader scrolled down into the articles while the page is still filling in (stories, terms) and new articles keep
    /// arriving: the card they are reading stays where it is, and the new ones wait behind the "N new articles" pill.
    /// </summary>
    [Fact]
    public async Task ReadingCards_WhilePanelsLoadAndArticlesArrive_ReaderKeepsPlace()
    {
        await Page.GotoAsync(new Uri(App.BaseUrl, "/?" + DemoApp.SeedWindow).AbsoluteUri);
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up' && document.querySelectorAll('.card').length >= 4", null, new() { Timeout = 60_000 });
        var id = await Page.EvaluateAsync<string>("() => { const c = document.querySelectorAll('.card')[2]; c.scrollIntoView({ block: 'start' }); return c.dataset.articleId; }");
        const string top = "document.querySelector(`.card[data-article-id='${id}']`).getBoundingClientRect().top";
        const string layout = "() => ['.overview-head', '.overview-bar', '.kpis', '.overview-grid', '.cards-head', '.alert-banner', '.stale-warning'].map(s => `${s} ${Math.round(document.querySelector(s)?.getBoundingClientRect().height ?? 0)}`).join(', ')";
        // A card that just arrived slides in for half a second: measure once it has landed.
        await Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || !a.effect?.target?.closest?.('.card'))");
        var before = await Page.EvaluateAsync<double>($"id => {top}", id);
        var layoutBefore = await Page.EvaluateAsync<string>(layout);

        // More articles are published (held behind the pill) and the analysis panel above has loaded.
        await Page.WaitForFunctionAsync("() => document.querySelector('.new-pill') && document.querySelector('.analysis[data-loaded=true]')", null, new() { Timeout = 60_000 });
        await Page.WaitForTimeoutAsync(1500); // the throttled reloads that follow
        var after = await Page.EvaluateAsync<double>($"id => {top}", id);
        Assert.True(Math.Abs(after - before) <= 2,
            $"the card being read moved from {before:0} px to {after:0} px; heights before: {layoutBefore}; after: {await Page.EvaluateAsync<string>(layout)}");
        AssertNoProblems();
    }
}
