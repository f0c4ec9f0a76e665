using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>The overview as an analyst uses it: filters in the URL, reload and back/forward, drill-down, live cards.</summary>
public sealed class OverviewBrowserTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-overview-").FullName;
    private AppProcess _app = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await DemoApp.StartAsync(_dataDir);
        _browser = await BrowserSession.StartAsync();
    }

    private IPage Page => _browser.Page;

    private async Task OpenAsync(string pathAndQuery)
    {
        await Page.GotoAsync(new Uri(_app.BaseUrl, pathAndQuery).AbsoluteUri);
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
    }

    private void AssertNoProblems() =>
        Assert.True(_browser.Problems.Count == 0, string.Join("\n", _browser.Problems) + "\n--- app output ---\n" + _app.Output);

    private async Task WaitForCardsAsync(int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Page.Locator(".card").CountAsync() < atLeast)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {atLeast} cards after 60 s:\n{_app.Output}");
            await Task.Delay(300);
        }
    }

    [Fact]
    public async Task Overview_FilterChange_UpdatesUrlAndReloadReproducesView()
    {
        await OpenAsync("/?" + DemoApp.SeedWindow);
        await WaitForCardsAsync(4);

        await _browser.ClickUntilAsync(() => Page.Locator(".perspective-chip", new() { HasText = "China" }).ClickAsync(),
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
    public async Task Overview_ChartClick_DrillsDownToArticlesBehindIt()
    {
        await OpenAsync("/?" + DemoApp.SeedWindow);
        await WaitForCardsAsync(6);
        await Page.WaitForTimeoutAsync(1500); // let the throttled reload draw the charts with the articles so far
        await Page.WaitForFunctionAsync("() => document.querySelector('.outlet-chart g.rz-bar-series path') && document.querySelector('.share-chart g.rz-donut-series path')");
        await _browser.ScreenshotAsync(RepositoryRoot.Path, "overview"); // the README's picture: charts drawn, nothing clicked yet
        await AssertTopOutletsReadableAsync();

        // Click the top bar. Live demo updates redraw the chart, so retry a click that raced one. A registry outlet
        // drills by source id; an outlet missing from the registry by its exact name (outlet=).
        await _browser.ClickUntilAsync(() => ClickInsideAsync(TopBar),
            "location.search.includes('src=') || location.search.includes('outlet=')");
        // The cards behind the bar: all from that one outlet.
        await Page.WaitForFunctionAsync("() => { const o = [...document.querySelectorAll('.card .outlet')].map(e => e.textContent); return o.length > 0 && new Set(o).size === 1; }");

        // A donut slice narrows the view to its perspective. A ring's bounding-box centre is its hole, so find a
        // point that is really on the slice and click there (Radzen hit-tests clicks by position).
        await _browser.ClickUntilAsync(() => ClickInsideAsync("document.querySelector('.share-chart g.rz-donut-series path')"),
            "location.search.includes('persp=')");
        AssertNoProblems();
    }

    /// <summary>The outlet chart's bars (a JS expression), and the topmost of them.</summary>
    private const string Bars = "[...document.querySelectorAll('.outlet-chart g.rz-bar-series path')]";
    private const string TopBar = Bars + ".reduce((a, b) => a.getBoundingClientRect().top <= b.getBoundingClientRect().top ? a : b)";

    /// <summary>
    /// Top outlets read from the top (the topmost bar is the longest), and names and bars show whole (the axis is not
    /// clipped; every label and bar lies inside its card). Each check is one snapshot, so no live redraw comes between.
    /// </summary>
    private async Task AssertTopOutletsReadableAsync()
    {
        Assert.True(await Page.EvaluateAsync<bool>($$"""
            () => { const top = {{TopBar}}; return {{Bars}}.every(b => b.getBoundingClientRect().width <= top.getBoundingClientRect().width + 0.5); }
            """), "the topmost bar of top outlets is not the longest");
        var cut = await Page.EvaluateAsync<string[]>("""
            () => {
              const card = document.querySelector('.outlet-chart').closest('.chart-card').getBoundingClientRect();
              const outside = e => { const b = e.getBoundingClientRect(); return b.left < card.left || b.right > card.right; };
              return [...document.querySelectorAll('.outlet-chart .rz-tick-text, .outlet-chart g.rz-bar-series path')]
                .filter(e => outside(e) || (e.classList.contains('rz-tick-text') && getComputedStyle(e.closest('.rz-axis')).clipPath !== 'none'))
                .map(e => e.textContent || e.getAttribute('d'));
            }
            """);
        Assert.Empty(cut);
    }

    /// <summary>
    /// Clicks a point that is really on the element (<paramref name="element"/> is a JS expression). Live updates
    /// redraw and resize the charts, so the point is found afresh, just before the click, on every attempt.
    /// </summary>
    private async Task ClickInsideAsync(string element)
    {
        var point = await Page.EvaluateAsync<float[]?>($$"""
            () => {
              const target = {{element}};
              if (!target) return null;
              target.scrollIntoView({ block: "center" }); // elementFromPoint sees only what is in the viewport
              const box = target.getBoundingClientRect();
              const inside = [];
              for (let y = box.top + 1; y < box.bottom; y += 2)
                for (let x = box.left + 1; x < box.right; x += 2)
                  if (document.elementFromPoint(x, y) === target) inside.push([x, y]);
              return inside.length ? inside[Math.floor(inside.length / 2)] : null; // well inside, not on an edge
            }
            """);
        if (point is not { Length: 2 })
        {
            var boxes = await Page.EvaluateAsync<string>($$"""
                () => { const t = {{element}}; if (!t) return "no such element";
                        const b = t.getBoundingClientRect(); const c = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
                        return JSON.stringify({ box: [b.left, b.top, b.width, b.height], d: t.getAttribute("d"), atCentre: c?.outerHTML.slice(0, 300) }); }
                """);
            var shot = await _browser.ScreenshotAsync(RepositoryRoot.Path, "failed-click");
            throw new PlaywrightException($"click: no point of `{element}` is visible: {boxes}; screenshot {shot}");
        }
        await Page.Mouse.ClickAsync(point[0], point[1]);
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

        await OpenAsync("/?theme=light");
        Assert.Equal("light", await Page.Locator(".app").GetAttributeAsync("data-theme"));
        Assert.Equal(1, await Page.Locator(".topbar").CountAsync());
        AssertNoProblems();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
