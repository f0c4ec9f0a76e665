using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

public sealed class KpisQueryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private async Task<Kpis> KpisAsync(ViewFilter view) =>
        await (await QueriesAsync(_database, OverviewDataSet.Rows)).KpisAsync(view, OverviewDataSet.Now, default);

    private static (string, int)[] Counts(Kpis kpis) => kpis.ByPerspective.Select(p => (p.PerspectiveId, p.Count)).ToArray();

    [Fact]
    public async Task Kpis_WholeTopic_HandCountedTotals()
    {
        var kpis = await KpisAsync(View());

        Assert.Equal(6, kpis.Articles);
        Assert.Equal([("us", 2), ("china", 3), ("japan", 0), ("unclassified", 1)], Counts(kpis));
        Assert.Equal(4, kpis.ActiveOutlets);
        Assert.Equal(OverviewDataSet.Now.AddMinutes(-10), kpis.NewestArticleAt);
    }

    [Fact]
    public async Task Kpis_PerspectiveFilter_OnlyThosePerspectivesZerosIncluded()
    {
        var kpis = await KpisAsync(View(persp: ["us", "japan"]));

        Assert.Equal(2, kpis.Articles);
        Assert.Equal([("us", 2), ("japan", 0)], Counts(kpis));
        Assert.Equal(1, kpis.ActiveOutlets);
        Assert.Equal(OverviewDataSet.Now.AddMinutes(-61), kpis.NewestArticleAt);
    }

    [Fact]
    public async Task Kpis_SourceFilter_OnlyThatSource()
    {
        var kpis = await KpisAsync(View(src: ["xinhua"]));

        Assert.Equal(2, kpis.Articles);
        Assert.Equal([("us", 0), ("china", 2), ("japan", 0)], Counts(kpis));
        Assert.Equal(1, kpis.ActiveOutlets);
    }

    [Fact]
    public async Task Kpis_TextQuery_CaseInsensitiveInTitleOrSnippet()
    {
        var kpis = await KpisAsync(View(q: "trump"));

        Assert.Equal(2, kpis.Articles); // 1 "Trump", 3 "TRUMP"
        Assert.Equal([("us", 1), ("china", 1), ("japan", 0)], Counts(kpis));
    }

    [Fact]
    public async Task Kpis_OtherTopic_OnlyItsArticles()
    {
        var kpis = await KpisAsync(View(topic: "taiwan-strait"));

        Assert.Equal([("us", 1), ("china", 0), ("japan", 1)], Counts(kpis));
        Assert.Equal(2, kpis.ActiveOutlets);
    }

    [Fact]
    public async Task Kpis_EmptyWindow_ZerosAndNoNewest()
    {
        var kpis = await KpisAsync(View(topic: "nothing-here"));

        Assert.Equal((0, 0, (DateTime?)null), (kpis.Articles, kpis.ActiveOutlets, kpis.NewestArticleAt));
        Assert.Equal([("us", 0), ("china", 0), ("japan", 0)], Counts(kpis));
    }

    public void Dispose() => _database.Dispose();
}
