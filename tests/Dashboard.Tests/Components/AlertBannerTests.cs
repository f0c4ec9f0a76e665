using Bunit;
using Dashboard.Alerts;
using Dashboard.Components.Views;
using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>The alert banner over a real (temp) database: what it shows for a view, where its links lead, live pushes.</summary>
public sealed class AlertBannerTests : IAsyncLifetime
{
    private static readonly DateTime Hour = new(2025, 11, 25, 1, 0, 0, DateTimeKind.Utc); // 3 h before ComponentContext.Now
    private readonly TestDatabase _database = new();
    private readonly ComponentContext _ui = new();
    private IDbContextFactory<DashboardDbContext> _contexts = null!;

    private static readonly DashboardOptions Options = new()
    {
        Perspectives = [ComponentContext.Us, ComponentContext.China],
        Topics = [new() { Id = "us-china", Name = "US vs China", Keywords = ["China"] }, new() { Id = "taiwan-strait", Name = "Taiwan Strait", Keywords = ["Taiwan"] }],
    };

    public async Task InitializeAsync()
    {
        _contexts = await _database.MigratedAsync();
        _ui.Services.AddSingleton(_contexts);
        _ui.Services.AddSingleton<AlertQueries>();
        _ui.Services.AddSingleton<AlertNotifier>();
        _ui.Services.Configure<DashboardOptions>(o => o.Topics = Options.Topics);
    }

    private static SpikeAlert Spike(string topic = "us-china", DateTime? hour = null, double z = 12.0) => new()
    {
        TopicId = topic, PerspectiveId = "china", Hour = hour ?? Hour, Count = 14, BaselineMean = 2.1, BaselineSd = 1.0, Z = z,
        RaisedAt = (hour ?? Hour).AddMinutes(50),
    };

    private async Task<IRenderedComponent<AlertBanner>> RenderAsync(ViewFilter filter, params SpikeAlert[] alerts)
    {
        await using (var db = await _contexts.CreateDbContextAsync())
        {
            db.SpikeAlerts.AddRange(alerts);
            await db.SaveChangesAsync();
        }
        return _ui.Render<AlertBanner>(p => p.Add(b => b.Filter, filter));
    }

    private static ViewFilter Live(string topic = "us-china") => new() { Topic = topic, Range = TimeRange.Preset("24h") };

    [Fact]
    public async Task AlertBanner_NoAlerts_RendersNothing()
    {
        var banner = await RenderAsync(Live());

        Assert.Equal("", banner.Markup.Trim());
    }

    [Fact]
    public async Task AlertBanner_OneAlert_ShowsTextAndLinksToArticlesAndAlerts()
    {
        var banner = await RenderAsync(Live(), Spike());

        banner.WaitForAssertion(() => Assert.Single(banner.FindAll(".alert-banner li")));
        Assert.StartsWith("Spike: China sources, 14 articles in the hour from 01:00 UTC (usual 2.1 ± 1.0, z = 12.0)", banner.Find(".alert-banner li").Text());
        Assert.Equal("China", banner.Find(".alert-banner .badge").Text()); // the perspective in words, not just colour
        // The articles behind it: that topic and perspective, frozen to the hour.
        var href = banner.Find("a.alert-articles").GetAttribute("href")!;
        Assert.StartsWith("/?", href);
        var view = ViewUrl.Parse(href[1..], Options);
        Assert.Empty(view.Notices);
        Assert.Equal(new ViewFilter { Topic = "us-china", Perspectives = ["china"], Range = TimeRange.Fixed(Hour, Hour.AddHours(1)) }, view.Filter);
        Assert.Equal("/alerts?range=24h", banner.Find("a.alert-all").GetAttribute("href"));
    }

    // Negative cases carry one alert that does show: waiting for it means the banner has loaded, so what is missing is left out.
    [Fact]
    public async Task AlertBanner_OtherTopicsAlert_NotShown()
    {
        var (other, own) = (Spike(topic: "taiwan-strait", hour: Hour.AddHours(1)), Spike());

        var banner = await RenderAsync(Live(), other, own);

        banner.WaitForAssertion(() => Assert.NotEmpty(banner.FindAll(".alert-banner li")));
        Assert.Equal([own.Id.ToString()], banner.FindAll(".alert-banner li").Select(li => li.GetAttribute("data-alert-id")));
    }

    [Fact]
    public async Task AlertBanner_LiveRangeAndAlertOlderThan24Hours_NotShown()
    {
        // A live 7-day view still shows only the last day's spikes: the banner is about now.
        var banner = await RenderAsync(Live() with { Range = TimeRange.Preset("7d") }, Spike(hour: Hour.AddDays(-2)), Spike());

        banner.WaitForAssertion(() => Assert.NotEmpty(banner.FindAll(".alert-banner li")));
        Assert.Single(banner.FindAll(".alert-banner li"));
        Assert.DoesNotContain("2025-11-23", banner.Find(".alert-banner").TextContent);
    }

    [Fact]
    public async Task AlertBanner_FrozenRange_ShowsThatWindowsAlertsWithDate()
    {
        var old = Hour.AddDays(-2);
        var frozen = Live() with { Range = TimeRange.Fixed(old.AddHours(-3), old.AddHours(3)) };

        var banner = await RenderAsync(frozen, Spike(hour: old), Spike());

        banner.WaitForAssertion(() => Assert.Single(banner.FindAll(".alert-banner li")));
        Assert.Contains("in the hour from 2025-11-23 01:00 UTC", banner.Find(".alert-banner li").TextContent);
    }

    [Fact]
    public async Task AlertBanner_MoreThanThree_ShowsNewestThreeAndCountsAll()
    {
        var banner = await RenderAsync(Live(), Spike(hour: Hour.AddHours(-3)), Spike(hour: Hour.AddHours(-2)), Spike(hour: Hour.AddHours(-1)), Spike());

        banner.WaitForAssertion(() => Assert.Equal(3, banner.FindAll(".alert-banner li").Count));
        Assert.Contains("from 01:00 UTC", banner.FindAll(".alert-banner li")[0].TextContent);
        Assert.Equal("all alerts (4)", banner.Find("a.alert-all").Text());
    }

    [Fact]
    public async Task AlertBanner_AlertPublishedLater_AppearsWithoutReload()
    {
        var banner = await RenderAsync(Live());
        await using (var db = await _contexts.CreateDbContextAsync())
        {
            var spike = Spike();
            db.SpikeAlerts.Add(spike);
            await db.SaveChangesAsync();
            _ui.Get<AlertNotifier>().Publish(AlertSummary.From(spike));
        }

        banner.WaitForAssertion(() => Assert.Contains("14 articles in the hour from 01:00 UTC", banner.Find(".alert-banner li").TextContent));
    }

    [Fact]
    public async Task AlertBanner_OtherTopicPublished_NotShown()
    {
        var banner = await RenderAsync(Live());
        var notifier = _ui.Get<AlertNotifier>();

        notifier.Publish(AlertSummary.From(Spike(topic: "taiwan-strait")) with { Id = 100 });
        notifier.Publish(AlertSummary.From(Spike()) with { Id = 101 });

        banner.WaitForAssertion(() => Assert.NotEmpty(banner.FindAll(".alert-banner li")));
        Assert.Equal(["101"], banner.FindAll(".alert-banner li").Select(li => li.GetAttribute("data-alert-id")));
    }

    public async Task DisposeAsync()
    {
        await _ui.DisposeAsync();
        _database.Dispose();
    }
}
