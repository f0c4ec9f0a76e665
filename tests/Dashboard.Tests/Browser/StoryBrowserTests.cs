using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Stories of the demo data (seed 002's day) through chromium, with the shipped settings: the Xi–Trump call is one
/// story that both sides covered, so the day has no (false) blindspot; list, split bars, story page and its verdict.
/// </summary>
public sealed class StoryBrowserTests : DemoBrowserTest
{
    protected override Task<AppProcess> StartAppAsync() => DemoApp.StartAsync(DataDir, stepSeconds: 1, itemsPerStep: 50);

    private const string NoBlindspot = "No story in this view is covered by one side and ignored by the other.";

    [Fact]
    public async Task Stories_DemoDay_ListLeadsToStoryPageWithLeadLag()
    {
        var page = Browser.Page;
        await page.GotoAsync(new Uri(App.BaseUrl, "stories").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        // The Xi–Trump call: reported by both sides, so its split bar has a US and a China segment.
        const string bothSides = "li.story-row:has(.split-segment[data-perspective='us']):has(.split-segment[data-perspective='china'])";
        await page.Locator(bothSides).First.WaitForAsync(new() { Timeout = 60_000 });
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "stories-demo");

        // The largest story is the call, reported by both sides (seed 002's digest: both sides covered it).
        var top = page.Locator("li.story-row").First;
        Assert.Equal(1, await page.Locator($"li.story-row:first-child:has(.split-segment[data-perspective='us']):has(.split-segment[data-perspective='china'])").CountAsync());
        Assert.Matches("(?i)xi|trump", await top.Locator("a.story-headline").InnerTextAsync());
        var headline = await page.Locator($"{bothSides} a.story-headline").First.InnerTextAsync();
        await page.Locator($"{bothSides} a.story-headline").First.ClickAsync();
        await page.WaitForFunctionAsync("() => location.pathname.startsWith('/stories/')");

        await page.Locator("h1.story-title").WaitForAsync();
        Assert.Equal(headline.Trim(), (await page.Locator("h1.story-title").InnerTextAsync()).Trim());
        // The rule's verdict in words, for a story that is no blindspot too.
        Assert.StartsWith("Not a blindspot: both sides covered it", (await page.Locator("[data-blindspot-verdict]").InnerTextAsync()).Trim());
        await page.Locator(".story-column[data-perspective='us'] div.card").First.WaitForAsync();
        await page.Locator(".story-column[data-perspective='china'] div.card").First.WaitForAsync();
        var lead = await page.Locator(".lead-lag").First.InnerTextAsync();
        Assert.Matches(@"^(China|United States) sources first, (\d+ d )?(\d+ h )?(\d+ min)? ?before (United States|China) sources$", lead.Trim());
        Assert.True(await page.Locator(".story-timeline li").CountAsync() >= 2);
        await Browser.ScreenshotAsync(RepositoryRoot.Path, "story-demo");
        Assert.Empty(Browser.Problems);
    }

    [Fact]
    public async Task Overview_DemoDay_ShowsStoriesNoFalseBlindspotAndNoInsignificantTerms()
    {
        var page = Browser.Page;
        await page.GotoAsync(new Uri(App.BaseUrl, "?" + DemoApp.SeedWindow).AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        // Every seed item is in: the call's story holds both sides' articles.
        await page.Locator(".analysis[data-loaded='true'] [aria-label='Top stories'] li.story-row:has(.split-segment[data-perspective='china']):has(.split-segment[data-perspective='us'])")
            .First.WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => document.querySelector('[data-kpi=articles]')?.textContent.trim() === '23'", null, new() { Timeout = 60_000 });
        // The call was covered by both sides and the rest are stories too small to judge: no blindspot.
        await page.Locator(".panel-blindspots", new() { HasText = NoBlindspot }).WaitForAsync();
        Assert.Equal(0, await page.Locator("[aria-label='Blindspots'] [data-blindspot-missing]").CountAsync());
        // Two dozen articles: no word is significantly one side's, and the panel says so rather than listing noise.
        await page.Locator(".terms-side[data-perspective='china']", new() { HasText = "No term stands out significantly" }).WaitForAsync();
        Assert.Empty(Browser.Problems);
    }

    [Fact]
    public async Task StoryPage_UnknownId_SaysNotFound()
    {
        var page = Browser.Page;
        await page.GotoAsync(new Uri(App.BaseUrl, "stories/999999").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.connection === 'up'");
        await page.Locator("h1", new() { HasText = "Story not found" }).WaitForAsync();
        Assert.Empty(Browser.Problems);
    }
}

