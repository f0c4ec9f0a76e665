using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

public sealed class TopOutletsQueryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task TopOutlets_WholeTopic_ByCountWithRegistryNamesAndPerspective()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var outlets = await queries.TopOutletsAsync(View(), OverviewDataSet.Now, 10, default);

        Assert.Equal(
        [
            new OutletCount("nytimes", "The New York Times", "us", 2),
            new OutletCount("xinhua", "Xinhua", "china", 2),
            new OutletCount(null, "China Daily", "china", 1),
            new OutletCount(null, "Unknown Gazette", "unclassified", 1),
        ], outlets);
    }

    [Fact]
    public async Task TopOutlets_Limit_OnlyTheFirst()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var outlets = await queries.TopOutletsAsync(View(), OverviewDataSet.Now, 1, default);

        Assert.Equal([new OutletCount("nytimes", "The New York Times", "us", 2)], outlets);
    }

    [Fact]
    public async Task TopOutlets_PerspectiveAndText_Filtered()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var outlets = await queries.TopOutletsAsync(View(persp: ["china"], q: "TRADE"), OverviewDataSet.Now, 10, default);

        Assert.Equal([new OutletCount(null, "China Daily", "china", 1)], outlets);
    }

    [Fact]
    public async Task TopOutlets_SourceUnderTwoPerspectives_OneEntryEach()
    {
        var now = OverviewDataSet.Now;
        var queries = await QueriesAsync(_database,
            new Row(1, now.AddHours(-1), "china", "xinhua", "Xinhua"), new Row(2, now.AddHours(-2), "china", "xinhua", "新华网"),
            new Row(3, now.AddHours(-3), "us", "xinhua", "Xinhua"), new Row(4, now.AddHours(-4), "us"));

        var outlets = await queries.TopOutletsAsync(View(), now, 10, default);

        Assert.Equal([new OutletCount("xinhua", "Xinhua", "china", 2), new OutletCount("xinhua", "Xinhua", "us", 1)], outlets);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task TopOutlets_CountOutOfRange_Throws(int count)
    {
        var queries = await QueriesAsync(_database);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queries.TopOutletsAsync(View(), OverviewDataSet.Now, count, default));
    }

    public void Dispose() => _database.Dispose();
}
