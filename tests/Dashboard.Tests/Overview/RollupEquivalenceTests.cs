using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

/// <summary>
/// The rollup path (whole hours from HourlyCounts, partial edge hours from raw rows) must give exactly what counting
/// raw rows gives, for every aggregate, filter combination and window boundary; see <see cref="GeneratedOverviewData"/>.
/// </summary>
public sealed class RollupEquivalenceTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private OverviewQueries _rollups = null!;
    private OverviewQueries _raw = null!;

    private static readonly DateTime Now = GeneratedOverviewData.Now;
    private static readonly DateTime OddNow = Now.AddMinutes(17).AddSeconds(23).AddMilliseconds(456);

    public async Task InitializeAsync()
    {
        await GeneratedOverviewData.WriteAsync(_database);
        var options = Options.Create(OverviewOptions.Create());
        _rollups = new OverviewQueries(_database.Factory, options);
        _raw = new OverviewQueries(_database.Factory, options) { Rollups = false };
    }

    private static readonly (string Name, Func<ViewFilter, ViewFilter> Apply)[] Filters =
    [
        ("none", f => f),
        ("persp=china", f => f with { Perspectives = ["china"] }),
        ("persp=us,unclassified", f => f with { Perspectives = ["us", "unclassified"] }),
        ("src=xinhua", f => f with { Sources = ["xinhua"] }),
        ("src=nytimes,kyodo", f => f with { Sources = ["nytimes", "kyodo"] }),
        ("outlet=China Daily", f => f with { Outlet = "China Daily" }),
        ("outlet=Reuters, Inc.", f => f with { Outlet = "Reuters, Inc." }),
        ("persp=us&src=nytimes", f => f with { Perspectives = ["us"], Sources = ["nytimes"] }),
        ("persp=unclassified&outlet=Reuters, Inc.", f => f with { Perspectives = ["unclassified"], Outlet = "Reuters, Inc." }),
        ("src=xinhua&outlet=China Daily", f => f with { Sources = ["xinhua"], Outlet = "China Daily" }),
        ("persp=japan,china&src=kyodo,xinhua,nytimes", f => f with { Perspectives = ["japan", "china"], Sources = ["kyodo", "xinhua", "nytimes"] }),
    ];

    private static readonly (string Name, TimeRange Range, DateTime Now)[] Ranges =
    [
        .. TimeRange.Presets.Select(p => (p, TimeRange.Preset(p), Now)),
        .. TimeRange.Presets.Select(p => (p + " at an odd now", TimeRange.Preset(p), OddNow)),
        ("odd from/to over days", TimeRange.Fixed(Now.AddDays(-3).AddMinutes(17).AddMilliseconds(1), Now.AddDays(-1).AddMinutes(41).AddSeconds(12.5)), Now),
        ("whole hours", TimeRange.Fixed(Now.AddHours(-48), Now.AddHours(-24)), Now),
        ("from 1 ms before an hour", TimeRange.Fixed(Now.AddHours(-30).AddMilliseconds(-1), Now.AddHours(-2).AddMilliseconds(1)), Now),
        ("inside one hour", TimeRange.Fixed(Now.AddHours(-5).AddMinutes(10), Now.AddHours(-5).AddMinutes(50)), Now),
        ("two partial hours", TimeRange.Fixed(Now.AddHours(-5).AddMinutes(30), Now.AddHours(-4).AddMinutes(30)), Now),
        ("one hour exactly", TimeRange.Fixed(Now.AddHours(-7), Now.AddHours(-6)), Now),
        ("1 ms at an hour start", TimeRange.Fixed(Now.AddHours(-9), Now.AddHours(-9).AddMilliseconds(1)), Now),
        ("366 days", TimeRange.Fixed(Now.AddDays(-366), Now), Now),
        ("odd 8 days (day buckets)", TimeRange.Fixed(Now.AddDays(-8).AddMinutes(-7), Now.AddHours(-3).AddMinutes(-59)), Now),
    ];

    [Fact]
    public async Task Aggregates_EveryFilterAndBoundary_RollupsEqualRawRows()
    {
        var compared = 0;
        foreach (var topic in new[] { "us-china", "taiwan-strait" })
            foreach (var (rangeName, range, now) in Ranges)
                foreach (var (filterName, apply) in Filters)
                {
                    var view = apply(new ViewFilter { Topic = topic, Range = range });
                    var because = $"{topic}, {rangeName}, {filterName}";

                    var (kr, kw) = (await _rollups.KpisAsync(view, now, default), await _raw.KpisAsync(view, now, default));
                    Assert.True(Same(kr, kw), $"KPIs differ: {because}: {Show(kr)} vs raw {Show(kw)}");
                    Assert.True((await _rollups.VolumeAsync(view, now, default)).SequenceEqual(await _raw.VolumeAsync(view, now, default)), $"volume differs: {because}");
                    Assert.True((await _rollups.TopOutletsAsync(view, now, 100, default)).SequenceEqual(await _raw.TopOutletsAsync(view, now, 100, default)), $"outlets differ: {because}");
                    compared++;
                }
        Assert.Equal(2 * Ranges.Length * Filters.Length, compared);
    }

    [Fact]
    public async Task Aggregates_GeneratedData_NotTrivial()
    {
        // Guards the comparison above against vacuous success: the month view has rollup rows, edge rows and outlets.
        var kpis = await _rollups.KpisAsync(View("30d"), OddNow, default);
        var outlets = await _rollups.TopOutletsAsync(View("30d", outlet: "Reuters, Inc."), OddNow, 100, default);

        Assert.InRange(kpis.Articles, 500, 1500);
        Assert.Equal(6, kpis.ActiveOutlets); // xinhua, nytimes, kyodo and three unregistered names; nameless articles are no outlet
        Assert.Equal(["unclassified", "us"], outlets.Select(o => o.PerspectiveId).Order(StringComparer.Ordinal));
    }

    private static bool Same(Kpis a, Kpis b) =>
        a.Articles == b.Articles && a.ActiveOutlets == b.ActiveOutlets && a.NewestArticleAt == b.NewestArticleAt
        && a.ByPerspective.SequenceEqual(b.ByPerspective);

    private static string Show(Kpis k) =>
        $"{k.Articles} articles, {k.ActiveOutlets} outlets, newest {k.NewestArticleAt:O}, [{string.Join(", ", k.ByPerspective.Select(p => $"{p.PerspectiveId}={p.Count}"))}]";

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
