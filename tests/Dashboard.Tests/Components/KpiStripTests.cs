using Bunit;
using Dashboard.Components.Views;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

/// <summary>The view's headline numbers: totals, per-perspective counts in the configured order, feed state.</summary>
public sealed class KpiStripTests : IAsyncLifetime
{
    private static readonly DateTime Now = ComponentContext.Now;
    private static readonly IngestionHealth Healthy = new(22, 0, 0, Now, Stale: false);
    private readonly ComponentContext _ui = new();

    private IRenderedComponent<KpiStrip> Render(Kpis kpis, IngestionHealth? health = null, Action<string>? onPerspective = null) =>
        _ui.Render<KpiStrip>(p => p.Add(k => k.Kpis, kpis).Add(k => k.Health, health ?? Healthy).Add(k => k.OnPerspective, onPerspective ?? (_ => { })));

    [Fact]
    public void KpiStrip_Counts_ShowTotalsSharesAndFeedState()
    {
        var kpis = new Kpis(20, [new PerspectiveCount("us", 15), new PerspectiveCount("china", 5)], 14, Now.AddMinutes(-3));

        var strip = Render(kpis, new IngestionHealth(22, 2, 0, Now, Stale: false));

        Assert.Equal("20", strip.Find("[data-kpi=articles]").Text());
        var us = strip.Find("[data-kpi=perspective-us]");
        Assert.Equal("United States", us.QuerySelector(".badge")!.Text());
        Assert.Equal("15", us.QuerySelector(".kpi-value")!.Text());
        Assert.Equal(0.75.ToString("P0"), us.QuerySelector(".kpi-label")!.Text());
        Assert.Equal("14", strip.Find("[data-kpi=outlets]").Text());
        Assert.Equal("3 min ago", strip.Find("[data-kpi=newest]").Text());
        var feeds = strip.Find("[data-kpi=feeds]");
        Assert.Equal("/feeds", feeds.GetAttribute("href"));
        Assert.Equal("22 OK", feeds.QuerySelector(".kpi-value")!.Text());
        Assert.Equal("feeds · 2 failing", feeds.QuerySelector(".kpi-label")!.Text());
        Assert.Contains("kpi-warning", feeds.ClassName);
    }

    [Fact]
    public void KpiStrip_AllFeedsOkSomePending_NoWarningSaysNotYetPolled()
    {
        var feeds = Render(new Kpis(0, [], 0, null), new IngestionHealth(4, 0, 3, null, Stale: false)).Find("[data-kpi=feeds]");

        Assert.Equal("feeds · 0 failing · 3 not yet polled", feeds.QuerySelector(".kpi-label")!.Text());
        Assert.DoesNotContain("kpi-warning", feeds.ClassName);
    }

    [Fact]
    public void KpiStrip_NoArticles_NewestIsADash() =>
        Assert.Equal("—", Render(new Kpis(0, [], 0, null)).Find("[data-kpi=newest]").Text());

    [Fact]
    public void KpiStrip_PerspectivesInAnyOrder_ConfigurationOrderUnknownLast()
    {
        // Counts arrive largest first; the strip keeps the one order of every chart and legend (us, china, then others).
        var kpis = new Kpis(9, [new PerspectiveCount("unclassified", 4), new PerspectiveCount("china", 3), new PerspectiveCount("mars", 1), new PerspectiveCount("us", 1)], 3, Now);

        var order = Render(kpis).FindAll("[data-kpi^=perspective-]").Select(e => e.GetAttribute("data-kpi"));

        Assert.Equal(["perspective-us", "perspective-china", "perspective-unclassified", "perspective-mars"], order);
    }

    [Theory]
    [InlineData(1, "article in range", 1, "active outlet")]
    [InlineData(2, "articles in range", 2, "active outlets")]
    [InlineData(0, "articles in range", 0, "active outlets")]
    public void KpiStrip_Counts_NounsAgree(int articles, string articleLabel, int outlets, string outletLabel)
    {
        var strip = Render(new Kpis(articles, [], outlets, null));

        Assert.Equal(articleLabel, strip.Find("[data-kpi=articles] + .kpi-label").Text());
        Assert.Equal(outletLabel, strip.Find("[data-kpi=outlets] + .kpi-label").Text());
    }

    [Fact]
    public void KpiStrip_PerspectiveClicked_RaisesOnPerspectiveWithItsId()
    {
        var chosen = new List<string>();
        var strip = Render(new Kpis(2, [new PerspectiveCount("us", 1), new PerspectiveCount("china", 1)], 2, Now), onPerspective: chosen.Add);

        strip.Find("[data-kpi=perspective-china]").Click();

        Assert.Equal(["china"], chosen);
        Assert.Equal("Show only China", strip.Find("[data-kpi=perspective-china]").GetAttribute("title"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}
