using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Rendering;
using Dashboard.Tests.Overview;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Rendering;

/// <summary>Chart inputs made in memory (no database): a busy day with CJK outlet names, and an empty view.</summary>
internal static class ChartSamples
{
    public static readonly DashboardOptions Options = OverviewOptions.Create();
    public static readonly PerspectiveCatalog Perspectives = new(Microsoft.Extensions.Options.Options.Create(Options));
    public static readonly DateTime Now = new(2025, 11, 25, 9, 37, 0, DateTimeKind.Utc);

    public static readonly (string Outlet, string Perspective, int Count)[] Outlets =
    [
        ("新华网", "china", 41), ("Reuters", "us", 33), ("人民日报", "china", 27), ("The New York Times", "us", 22),
        ("朝日新聞", "japan", 15), ("Kyodo News", "japan", 12), ("China Daily", "china", 9), ("조선일보", "japan", 4),
    ];

    public static ChartRenderer Renderer() => new(null!, Microsoft.Extensions.Options.Options.Create(Options), Perspectives);

    public static ChartInput Busy(ViewFilter? view = null, string range = "24h")
    {
        var filter = view ?? OverviewTestData.View(range);
        var window = filter.Range.Resolve(Now);
        var size = TimeRange.BucketFor(window.From, window.To);
        var first = new DateTime(window.From.Ticks - window.From.Ticks % size.Ticks, DateTimeKind.Utc);
        var volume = new List<VolumePoint>();
        var i = 0;
        for (var t = first; t < window.To; t += size, i++)
            foreach (var (p, weight) in new[] { ("us", 3), ("china", 4), ("japan", 1) })
                if ((i * weight + weight) % 7 is var n and > 0) volume.Add(new VolumePoint(t, p, n + weight));
        var byPerspective = new[] { "us", "china", "japan" }
            .Select(p => new PerspectiveCount(p, volume.Where(v => v.PerspectiveId == p).Sum(v => v.Count))).ToList();
        var outlets = Outlets.Select(o => new OutletCount(null, o.Outlet, o.Perspective, o.Count)).ToList();
        var kpis = new Kpis(byPerspective.Sum(c => c.Count), byPerspective, outlets.Count, Now);
        return new ChartInput(filter, window, new OverviewAggregates(kpis, volume, outlets), ViewCaption.Describe(filter, Options, Perspectives));
    }

    public static ChartInput Empty(ViewFilter? view = null)
    {
        var filter = view ?? OverviewTestData.View();
        var kpis = new Kpis(0, [new PerspectiveCount("us", 0), new PerspectiveCount("china", 0), new PerspectiveCount("japan", 0)], 0, null);
        return new ChartInput(filter, filter.Range.Resolve(Now), new OverviewAggregates(kpis, [], []), ViewCaption.Describe(filter, Options, Perspectives));
    }
}
