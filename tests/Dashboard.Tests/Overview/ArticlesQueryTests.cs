using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

public sealed class ArticlesQueryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private static async Task<List<ArticlePage>> AllPagesAsync(OverviewQueries queries, ViewFilter view, DateTime now, int pageSize)
    {
        var pages = new List<ArticlePage> { await queries.ArticlesAsync(view, now, null, pageSize, default) };
        while (pages[^1].Next is { } next && pages.Count < 50)
            pages.Add(await queries.ArticlesAsync(view, now, next, pageSize, default));
        return pages;
    }

    [Fact]
    public async Task Articles_WholeTopic_NewestFirstWithTopicsAndFields()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var page = await queries.ArticlesAsync(View(), OverviewDataSet.Now, null, 10, default);

        Assert.Equal([1L, 2, 3, 4, 5, 6], page.Articles.Select(a => a.Id));
        Assert.Null(page.Next);
        var nyt = page.Articles[2];
        Assert.Equal(["taiwan-strait", "us-china"], nyt.Topics);
        Assert.Equal(("Xi Presses TRUMP on Taiwan", "The New York Times", "nytimes", "us", "They agree to meet in April"),
            (nyt.Title, nyt.Outlet, nyt.SourceId, nyt.PerspectiveId, nyt.Snippet));
        Assert.Equal((OverviewDataSet.Now.AddMinutes(-61), DateTimeKind.Utc), (nyt.SortAt, nyt.SortAt.Kind));
    }

    [Fact]
    public async Task Articles_EqualSortTimes_PagesWithoutDuplicatesOrGaps()
    {
        var now = OverviewDataSet.Now;
        var tie = now.AddMinutes(-30);
        // Ids deliberately not in time order: 2, 5, 7, 8, 9, 11, 12 share one SortAt.
        var rows = new[] { 2L, 5, 7, 8, 9, 11, 12 }.Select(id => new Row(id, tie))
            .Append(new Row(1, now.AddMinutes(-10))).Append(new Row(20, now.AddMinutes(-50))).Append(new Row(3, now.AddMinutes(-29)))
            .Append(new Row(30, now.AddMinutes(-50), "china"))
            .ToArray();
        var queries = await QueriesAsync(_database, rows);

        var pages = await AllPagesAsync(queries, View(), now, 3);

        Assert.Equal([3, 3, 3, 2], pages.Select(p => p.Articles.Count));
        Assert.Equal([1L, 3, 12, 11, 9, 8, 7, 5, 2, 30, 20], pages.SelectMany(p => p.Articles).Select(a => a.Id));
        Assert.Equal(new ArticleCursor(tie, 12), pages[0].Next);
        Assert.Null(pages[^1].Next);
    }

    [Fact]
    public async Task Articles_ExactlyFullLastPage_NextIsNull()
    {
        var now = OverviewDataSet.Now;
        var queries = await QueriesAsync(_database, Enumerable.Range(1, 4).Select(i => new Row(i, now.AddMinutes(-i))).ToArray());

        var pages = await AllPagesAsync(queries, View(), now, 2);

        Assert.Equal([2, 2], pages.Select(p => p.Articles.Count));
        Assert.NotNull(pages[0].Next);
        Assert.Null(pages[1].Next);
    }

    [Fact]
    public async Task Articles_PerspectiveFilterAcrossPages_OnlyThosePerspectivesInOrder()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var pages = await AllPagesAsync(queries, View(persp: ["china", "unclassified"]), OverviewDataSet.Now, 2);

        Assert.Equal([1L, 2, 5, 6], pages.SelectMany(p => p.Articles).Select(a => a.Id));
    }

    [Theory]
    [InlineData("%", new long[] { 2, 5 })]        // a literal percent sign, not "anything"
    [InlineData("0%_", new long[] { 5 })]         // as a LIKE pattern this would also match "100% fair"
    [InlineData("_rate", new long[] { 4 })]
    [InlineData("TARIFF_RATE", new long[] { 4 })]
    [InlineData("北京", new long[] { 1 })]
    [InlineData("  april ", new long[] { 3 })]
    [InlineData("[a-z]*", new long[0])]
    public async Task Articles_TextQuery_MatchesLiterally(string q, long[] expected)
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var page = await queries.ArticlesAsync(View(q: q), OverviewDataSet.Now, null, 100, default);

        Assert.Equal(expected, page.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Articles_SourceFilter_OnlyThoseSources()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var page = await queries.ArticlesAsync(View(src: ["nytimes", "kyodo"]), OverviewDataSet.Now, null, 100, default);

        Assert.Equal([3L, 4], page.Articles.Select(a => a.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Articles_PageSizeOutOfRange_Throws(int pageSize)
    {
        var queries = await QueriesAsync(_database);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queries.ArticlesAsync(View(), OverviewDataSet.Now, null, pageSize, default));
    }

    public void Dispose() => _database.Dispose();
}
