using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Every chart element of the overview, as a mouse reaches it: a tooltip with its exact value and what it stands for,
/// and a click that drills down to the articles behind it (a URL change). All demo articles are out before the checks.
/// </summary>
public sealed class ChartBrowserTests : DemoBrowserTest
{
    protected override Task<AppProcess> StartAppAsync() => DemoApp.StartAsync(DataDir, stepSeconds: 1, itemsPerStep: 50);

    private async Task OpenSeedDayAsync()
    {
        await OpenAsync("/?" + DemoApp.SeedWindow);
        await Page.WaitForFunctionAsync("() => document.querySelector('[data-kpi=articles]')?.textContent.trim() === '23'", null, new() { Timeout = 60_000 });
        await Page.WaitForFunctionAsync("() => document.querySelector('.volume-chart path.mud-chart-bar') && document.querySelector('.share-chart path.mud-chart-serie')");
    }

    /// <summary>Moves the mouse onto the element and returns the chart tooltip's text once it shows.</summary>
    private async Task<(float X, float Y, string Text)> HoverChartAsync(string element, string tooltip)
    {
        var (x, y) = await Browser.PointInsideAsync(element);
        await Page.Mouse.MoveAsync(x, y);
        var text = await Page.WaitForFunctionAsync($"() => document.querySelector('{tooltip}')?.textContent.trim() || false");
        return (x, y, await text.JsonValueAsync<string>());
    }

    [Fact]
    public async Task VolumeBar_HoverAndClick_TooltipNamesPerspectiveCountAndBucketThenDrillsToThem()
    {
        await OpenSeedDayAsync();
        // The tallest China segment: its tooltip says China, how many articles and which hour.
        const string bar = "[...document.querySelectorAll('.volume-chart path.mud-chart-bar')].find(p => p.getAttribute('stroke').toLowerCase() === '#d55e00')";
        var (x, y, text) = await HoverChartAsync(bar, ".volume-chart .mud-chart-tooltip");
        Assert.Matches(@"^China: \d+ articles?", text);
        Assert.Matches(@"Nov 2[45] \d\d:00–\d\d:00 UTC", text);

        await Page.Mouse.ClickAsync(x, y);
        await Page.WaitForFunctionAsync("() => { const q = new URLSearchParams(location.search); return q.get('persp') === 'china' && q.get('from') && q.get('to'); }");
        var query = await Page.EvaluateAsync<string>("() => location.search");
        var from = DateTime.Parse(Uri.UnescapeDataString(query.Split("from=")[1].Split('&')[0])).ToUniversalTime();
        var to = DateTime.Parse(Uri.UnescapeDataString(query.Split("to=")[1].Split('&')[0])).ToUniversalTime();
        Assert.Equal(TimeSpan.FromHours(1), to - from); // the bar's bucket (1 h in a two-day view)
        await Page.WaitForFunctionAsync("() => { const b = [...document.querySelectorAll('.card .badge')]; return b.length > 0 && b.every(e => e.textContent.trim() === 'China'); }");
        AssertNoProblems();
    }

    [Fact]
    public async Task OutletBar_HoverAndClick_TooltipGivesCountAndPerspectiveThenDrillsToOutlet()
    {
        await OpenSeedDayAsync();
        var top = Page.Locator(".outlet-row").First;
        var name = (await top.Locator(".outlet-name").InnerTextAsync()).Trim();
        var count = (await top.Locator(".outlet-count").InnerTextAsync()).Trim();
        await top.Locator("button").HoverAsync();
        var tooltip = Page.Locator(".mud-tooltip", new() { HasText = name });
        await tooltip.WaitForAsync();
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(name)}: {count} articles?, .+ perspective", (await tooltip.InnerTextAsync()).Trim());

        await Browser.ClickUntilAsync(() => top.Locator("button").ClickAsync(), "location.search.includes('src=') || location.search.includes('outlet=')");
        await Page.WaitForFunctionAsync("() => { const o = [...document.querySelectorAll('.card .outlet')].map(e => e.textContent); return o.length > 0 && new Set(o).size === 1; }");
        AssertNoProblems();
    }

    [Fact]
    public async Task ShareSlice_HoverAndClick_TooltipGivesCountAndShareThenDrillsToPerspective()
    {
        await OpenSeedDayAsync();
        const string slice = "document.querySelector('.share-chart path.mud-chart-serie')";
        var (x, y, text) = await HoverChartAsync(slice, ".share-chart .mud-chart-tooltip");
        Assert.Matches(@"^(United States|China|Japan|Taiwan|South Korea|International|Unclassified): \d+ articles? \(\d+ %\)", text);
        await Page.Mouse.ClickAsync(x, y);
        await Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('persp')");
        AssertNoProblems();
    }

    /// <summary>Top outlets read from the top (the first bar is the longest) and every name and bar lies inside its card.</summary>
    [Fact]
    public async Task TopOutlets_Drawn_BiggestFirstAndInsideTheirCard()
    {
        await OpenSeedDayAsync();
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "overview"); // the README's picture: all demo articles in, charts drawn
        var problems = await Page.EvaluateAsync<string[]>("""
            () => {
              const card = document.querySelector('.panel-outlets').getBoundingClientRect();
              const bars = [...document.querySelectorAll('.outlet-bar')];
              const out = [];
              if (!bars.every(b => b.getBoundingClientRect().width <= bars[0].getBoundingClientRect().width + 0.5)) out.push('the first bar is not the longest');
              for (const e of document.querySelectorAll('.outlet-name, .outlet-bar, .outlet-count')) {
                const b = e.getBoundingClientRect();
                if (b.left < card.left || b.right > card.right) out.push(`${e.className} '${e.textContent}' outside its card`);
              }
              return out;
            }
            """);
        Assert.Empty(problems);
        AssertNoProblems();
    }

    /// <summary>Each chart's "Download PNG" is the server's drawing of the same view (ScottPlot, /render).</summary>
    [Fact]
    public async Task DownloadPng_EachChart_ServesThePngOfTheView()
    {
        await OpenSeedDayAsync();
        var links = await Page.Locator("a.chart-download").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["volume", "outlets", "share"], links.Select(l => l.Split('/')[2].Split('.')[0]));
        foreach (var link in links)
        {
            Assert.Contains("from=2025-11-24T00%3A00%3A00Z", link.Replace(":", "%3A"));
            var response = await Page.APIRequest.GetAsync(new Uri(App.BaseUrl, link).AbsoluteUri);
            Assert.Equal(200, response.Status);
            Assert.Equal("image/png", response.Headers["content-type"]);
        }
        AssertNoProblems();
    }
}
