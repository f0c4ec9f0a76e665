using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>axe-core on the main views, in both themes, once their data has arrived: no critical or serious violation.</summary>
public sealed class AccessibilityBrowserTests : DemoBrowserTest
{
    protected override Task<AppProcess> StartAppAsync() => DemoApp.StartAsync(DataDir, stepSeconds: 1, itemsPerStep: 50);

    [Theory]
    [InlineData("/", "light")]
    [InlineData("/", "dark")]
    [InlineData("/wall", "dark")]
    [InlineData("/stories", "light")]
    [InlineData("/stories", "dark")]
    [InlineData("/feeds", "light")]
    public async Task Axe_MainViews_NoCriticalOrSeriousViolation(string path, string theme)
    {
        await OpenAsync($"{path}?theme={theme}");
        await WaitForContentAsync(path);

        var violations = await Axe.ViolationsAsync(Page, "critical", "serious");
        Assert.True(violations.Count == 0, $"{path} ({theme}):\n" + string.Join("\n", violations));
        AssertNoProblems();
    }

    /// <summary>The view with its data drawn: charts, story lists, table rows (axe checks what is there).</summary>
    private async Task WaitForContentAsync(string path)
    {
        var ready = path switch
        {
            "/" => "document.querySelector('.card') && document.querySelector('.volume-chart path.mud-chart-bar') && document.querySelector('.analysis[data-loaded=true] .story-row')",
            "/wall" => "document.querySelector('.ticker-item') && document.querySelector('.wall-volume path.mud-chart-bar') && document.querySelector('.story-row')",
            "/stories" => "document.querySelector('.story-row')",
            _ => "document.querySelector('tr[data-feed-id]')",
        };
        await Page.WaitForFunctionAsync($"() => !!({ready})", null, new() { Timeout = 60_000 });
        await Page.WaitForTimeoutAsync(500); // let the throttled live reload settle
        // A card sliding in fades from transparent: axe would measure its text mid-fade.
        await Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
    }
}
