using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The wall as the screens it is made for show it: 720p, 1080p and 4K. One fixed grid that fits the viewport exactly
/// (no scrolling, no region covering another, nothing cut off), with every text, chart labels included, scaled with the
/// screen.
/// </summary>
public sealed class WallFitBrowserTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-wallfit-").FullName;
    private AppProcess _app = null!;

    public async Task InitializeAsync() => _app = await DemoApp.StartAsync(_dataDir, stepSeconds: 1, itemsPerStep: 50);

    private const string Regions = "['.kiosk-header', '.wall-kpis', '.wall-volume', '.wall-outlets', '.wall-share', '.wall-stories', '.ticker']";

    /// <summary>Font sizes (px) of a KPI value and of a chart axis label, to compare across screen sizes.</summary>
    private sealed record Sizes(double Kpi, double Axis);

    private async Task<Sizes> CheckAsync(int width, int height)
    {
        await using var browser = await BrowserSession.StartAsync(width, height);
        var page = browser.Page;
        await page.GotoAsync(new Uri(_app.BaseUrl, "wall?views=overview:us-china&" + DemoApp.SeedWindow).AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        await page.WaitForFunctionAsync("""
            () => document.querySelector('[data-kpi=articles]')?.textContent.trim() === '23' && document.querySelector('.wall-volume path.mud-chart-bar')
               && document.querySelector('.wall-share path.mud-chart-serie') && document.querySelectorAll('.wall-stories .story-row').length >= 3
               && document.querySelector('.ticker-item')
            """, null, new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(1500); // the charts' second render, after they measured themselves
        if (width == 1920) await browser.ScreenshotAsync(RepositoryRoot.Path, "wall");
        if (width == 3840) await browser.ScreenshotAsync(RepositoryRoot.Path, "wall-4k");

        var problems = await page.EvaluateAsync<string[]>($$"""
            () => {
              const out = [];
              const se = document.scrollingElement;
              if (se.scrollHeight > innerHeight || se.scrollWidth > innerWidth) out.push(`page scrolls: ${se.scrollWidth}×${se.scrollHeight} in ${innerWidth}×${innerHeight}`);
              const boxes = {{Regions}}.map(s => [s, document.querySelector(s)?.getBoundingClientRect()]);
              for (const [s, b] of boxes) {
                if (!b || b.width < 20 || b.height < 10) { out.push(`${s} not shown`); continue; }
                if (b.left < -0.5 || b.top < -0.5 || b.right > innerWidth + 0.5 || b.bottom > innerHeight + 0.5) out.push(`${s} outside the screen`);
              }
              for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const [a, p] = boxes[i], [c, q] = boxes[j];
                if (p && q && Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1) out.push(`${a} overlaps ${c}`);
              }
              // Rows shown whole inside their panel: stories and outlets are cut to what fits, never clipped.
              for (const [panel, rows] of [['.wall-stories .chart-card', '.story-row'], ['.wall-outlets', '.outlet-row']]) {
                const box = document.querySelector(panel).getBoundingClientRect();
                for (const r of document.querySelector(panel).querySelectorAll(rows)) {
                  const b = r.getBoundingClientRect();
                  if (b.bottom > box.bottom + 0.5 || b.right > box.right + 0.5) out.push(`${rows} '${r.textContent.trim().slice(0, 40)}' cut off (row ${b.top}–${b.bottom}, panel ${box.top}–${box.bottom}; rows ${[...document.querySelector(panel).querySelectorAll(rows)].map(x => Math.round(x.getBoundingClientRect().height)).join(",")}; first: ${document.querySelector(panel).querySelector(rows).outerHTML.slice(0, 1500)})`);
                }
              }
              if (!/^\d\d:\d\d:\d\d UTC$/.test(document.querySelector('.wall-clock').textContent)) out.push('no clock');
              return out;
            }
            """);
        Assert.True(problems.Length == 0, $"{width}×{height}: " + string.Join("; ", problems));
        Assert.True(browser.Problems.Count == 0, string.Join("\n", browser.Problems));
        return new Sizes(
            await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.wall-kpis .kpi-value')).fontSize)"),
            await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle([...document.querySelectorAll('.wall-volume .mud-charts-xaxis text')].find(t => t.textContent)).fontSize)"));
    }

    [Fact]
    public async Task Wall_At720p1080pAnd4K_FitsExactlyAndScalesEveryText()
    {
        var small = await CheckAsync(1280, 720);
        var full = await CheckAsync(1920, 1080);
        var uhd = await CheckAsync(3840, 2160);
        // Text grows with the screen: ×1.5 from 720p to 1080p, ×2 from 1080p to 4K (within rounding).
        Assert.InRange(full.Kpi / small.Kpi, 1.4, 1.6);
        Assert.InRange(uhd.Kpi / full.Kpi, 1.9, 2.1);
        Assert.InRange(full.Axis / small.Axis, 1.4, 1.6);
        Assert.InRange(uhd.Axis / full.Axis, 1.9, 2.1);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
