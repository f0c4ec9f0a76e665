using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

/// <summary>
/// outlet= (an outlet the registry does not know, by exact name): URL round trip, every overview query, and the
/// in-memory match. Data: <see cref="OverviewDataSet"/> — "China Daily" (2, china) and "Unknown Gazette" (5,
/// unclassified) have no registry source; xinhua's articles are spelt "新华网" and "Xinhua".
/// </summary>
public sealed class OutletFilterTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private static readonly Dashboard.Configuration.DashboardOptions Options = OverviewOptions.Create();
    private static readonly DateTime Now = OverviewDataSet.Now;

    [Fact]
    public void Format_Outlet_AfterSourcesBeforeQueryEncoded()
    {
        var filter = new ViewFilter { Topic = "us-china", Sources = ["xinhua"], Outlet = "Reuters, Inc. & Co", Query = "xi" };

        Assert.Equal("?src=xinhua&outlet=Reuters%2C%20Inc.%20%26%20Co&q=xi", ViewUrl.Format(filter, Options));
    }

    [Theory]
    [InlineData("Unknown Gazette")]
    [InlineData("Reuters, Inc.")]
    [InlineData("新华网 «Le Monde» 50%_off +x&y=z #1 /?")]
    public void ParseFormat_Outlet_RoundTrips(string outlet)
    {
        var filter = new ViewFilter { Topic = "taiwan-strait", Range = TimeRange.Preset("7d"), Outlet = outlet };

        var parsed = ViewUrl.Parse(ViewUrl.Format(filter, Options), Options);

        Assert.Empty(parsed.Notices);
        Assert.Equal(filter, parsed.Filter);
        Assert.Equal(outlet, parsed.Filter.Outlet);
    }

    [Fact]
    public void Parse_OutletTrimmedEmptyIsAbsent()
    {
        Assert.Equal("China Daily", ViewUrl.Parse("?outlet=%20China%20Daily%20", Options).Filter.Outlet);
        Assert.Null(ViewUrl.Parse("?outlet=%20", Options).Filter.Outlet);
    }

    [Fact]
    public void Parse_OutletTooLong_IgnoredWithNotice()
    {
        var result = ViewUrl.Parse("?outlet=" + new string('x', 201), Options);

        Assert.Null(result.Filter.Outlet);
        Assert.Equal(["outlet name is longer than 200 characters: outlet filter ignored"], result.Notices);
    }

    [Fact]
    public void ViewFilter_OutletTakesPartInEquality()
    {
        var a = new ViewFilter { Topic = "us-china", Outlet = "China Daily" };

        Assert.Equal(a, a with { });
        Assert.NotEqual(a, a with { Outlet = "China daily" });
        Assert.NotEqual(a, a with { Outlet = null });
    }

    [Fact]
    public async Task Queries_OutletFilter_OnlyThatUnregisteredOutlet()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);
        var view = View(outlet: "China Daily");

        var kpis = await queries.KpisAsync(view, Now, default);
        var volume = await queries.VolumeAsync(view, Now, default);
        var outlets = await queries.TopOutletsAsync(view, Now, 10, default);
        var cards = await queries.ArticlesAsync(view, Now, null, 30, default);

        Assert.Equal((1, 1, Now.AddMinutes(-12)), (kpis.Articles, kpis.ActiveOutlets, kpis.NewestArticleAt!.Value));
        Assert.Equal([("china", 1)], kpis.ByPerspective.Where(p => p.Count > 0).Select(p => (p.PerspectiveId, p.Count)));
        Assert.Equal([("china", 1)], volume.Select(p => (p.PerspectiveId, p.Count)));
        Assert.Equal([new OutletCount(null, "China Daily", "china", 1)], outlets);
        Assert.Equal([2L], cards.Articles.Select(a => a.Id));
    }

    [Theory]
    [InlineData("Xinhua")]        // a registry source's spelling: its articles have a source id, so not this filter's
    [InlineData("china daily")]   // exact name, not case-insensitive
    [InlineData("China")]         // not a substring
    public async Task Queries_OutletFilter_NoOtherArticles(string outlet)
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var kpis = await queries.KpisAsync(View(outlet: outlet), Now, default);
        var cards = await queries.ArticlesAsync(View(outlet: outlet), Now, null, 30, default);

        Assert.Equal((0, 0), (kpis.Articles, kpis.ActiveOutlets));
        Assert.Empty(cards.Articles);
    }

    [Theory]
    [InlineData("China Daily", null, null)]
    [InlineData("Unknown Gazette", null, null)]
    [InlineData("Unknown Gazette", "50%", null)]
    [InlineData("Xinhua", null, null)]
    [InlineData("China Daily", null, "xinhua")]   // AND with src=: a source id excludes the outlet filter's articles
    public async Task Matches_OutletFilter_AgreesWithSql(string outlet, string? q, string? src)
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);
        var view = View("30d", q: q, outlet: outlet, src: src is null ? null : [src]);

        var fromSql = (await queries.ArticlesAsync(view, Now, null, 100, default)).Articles.Select(a => a.Id).Order();
        var inMemory = OverviewDataSet.Rows.Where(r => OverviewQueries.Matches(view, r.ToSummary(), Now)).Select(r => r.Id).Order();

        Assert.Equal(fromSql, inMemory);
    }

    [Fact]
    public void Matches_OutletFilter_HandPicked()
    {
        var view = View(outlet: "China Daily");

        Assert.Equal([2L], OverviewDataSet.Rows.Where(r => OverviewQueries.Matches(view, r.ToSummary(), Now)).Select(r => r.Id));
    }

    public void Dispose() => _database.Dispose();
}
