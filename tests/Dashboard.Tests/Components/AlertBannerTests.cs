using Dashboard.Alerts;
using Dashboard.Components;
using Dashboard.Components.Views;
using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>The alert banner over a real (temp) database: what it shows for a view, and where its links lead.</summary>
public sealed class AlertBannerTests : IDisposable
{
    private static readonly DateTime Hour = new(2025, 11, 25, 1, 0, 0, DateTimeKind.Utc); // 3 h before ComponentRenderer.Now
    private readonly TestDatabase _database = new();

    private static SpikeAlert Spike(string topic = "us-china", DateTime? hour = null) => new()
    {
        TopicId = topic, PerspectiveId = "china", Hour = hour ?? Hour, Count = 14, BaselineMean = 2.1, BaselineSd = 1.0, Z = 12.0,
        RaisedAt = (hour ?? Hour).AddMinutes(50),
    };

    private async Task<AngleSharp.Dom.IDocument> RenderAsync(ViewFilter filter, params SpikeAlert[] alerts)
    {
        var contexts = await _database.MigratedAsync();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.SpikeAlerts.AddRange(alerts);
            await db.SaveChangesAsync();
        }
        return await ComponentRenderer.RenderAsync<AlertBanner>(new() { ["Filter"] = filter }, services =>
        {
            services.AddSingleton(contexts);
            services.AddSingleton<AlertQueries>();
            services.AddSingleton<AlertNotifier>();
            services.Configure<DashboardOptions>(o => (o.Topics, o.Perspectives) = (Options.Topics, Options.Perspectives));
        });
    }

    private static readonly DashboardOptions Options = new()
    {
        Perspectives = [new() { Id = "us", Name = "United States", Color = "#0072B2" }, new() { Id = "china", Name = "China", Color = "#D55E00" }],
        Topics = [new() { Id = "us-china", Name = "US vs China", Keywords = ["China"] }, new() { Id = "taiwan-strait", Name = "Taiwan Strait", Keywords = ["Taiwan"] }],
    };

    private static ViewFilter Live(string topic = "us-china") => new() { Topic = topic, Range = TimeRange.Preset("24h") };

    [Fact]
    public async Task AlertBanner_NoAlerts_RendersNothing()
    {
        var doc = await RenderAsync(Live());

        Assert.Null(doc.QuerySelector(".alert-banner"));
        Assert.Equal("", doc.Body!.InnerHtml.Trim());
    }

    [Fact]
    public async Task AlertBanner_OneAlert_ShowsTextAndLinksToArticlesAndAlerts()
    {
        var doc = await RenderAsync(Live(), Spike());

        var banner = doc.QuerySelector(".alert-banner")!;
        var text = string.Join(' ', banner.QuerySelector("li")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Spike: China sources, 14 articles in the hour from 01:00 UTC (usual 2.1 ± 1.0, z = 12.0)", text);
        Assert.Equal("China", banner.QuerySelector(".badge")!.TextContent.Trim()); // the perspective in words, not just colour
        // The articles behind it: that topic and perspective, frozen to the hour.
        var href = banner.QuerySelector("a.alert-articles")!.GetAttribute("href")!;
        Assert.StartsWith("/?", href);
        var view = ViewUrl.Parse(href[1..], Options);
        Assert.Empty(view.Notices);
        Assert.Equal(new ViewFilter { Topic = "us-china", Perspectives = ["china"], Range = TimeRange.Fixed(Hour, Hour.AddHours(1)) }, view.Filter);
        Assert.Equal("/alerts?range=24h", banner.QuerySelector("a.alert-all")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AlertBanner_OtherTopicsAlert_RendersNothing()
    {
        var doc = await RenderAsync(Live(), Spike(topic: "taiwan-strait"));

        Assert.Null(doc.QuerySelector(".alert-banner"));
    }

    [Fact]
    public async Task AlertBanner_LiveRangeAndAlertOlderThan24Hours_RendersNothing()
    {
        // A live 7-day view still shows only the last day's spikes: the banner is about now.
        var doc = await RenderAsync(Live() with { Range = TimeRange.Preset("7d") }, Spike(hour: Hour.AddDays(-2)));

        Assert.Null(doc.QuerySelector(".alert-banner"));
    }

    [Fact]
    public async Task AlertBanner_FrozenRange_ShowsThatWindowsAlertsWithDate()
    {
        var old = Hour.AddDays(-2);
        var frozen = Live() with { Range = TimeRange.Fixed(old.AddHours(-3), old.AddHours(3)) };

        var doc = await RenderAsync(frozen, Spike(hour: old), Spike());

        var items = doc.QuerySelectorAll(".alert-banner li");
        Assert.Single(items);
        Assert.Contains("in the hour from 2025-11-23 01:00 UTC", items[0].TextContent);
    }

    public void Dispose() => _database.Dispose();
}
