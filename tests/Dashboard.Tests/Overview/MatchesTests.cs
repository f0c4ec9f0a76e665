using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

/// <summary>The in-memory predicate for live pushes must select exactly what the SQL selects.</summary>
public sealed class MatchesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    // Sub-millisecond now: SQL compares stored milliseconds, so the predicate must too.
    private static readonly DateTime Now = OverviewDataSet.Now.AddTicks(5_000);

    private static readonly Row[] Rows =
    [
        .. OverviewDataSet.Rows,
        new(10, Now.AddTicks(-5_000), "us", "nytimes", "NYT", "Same ms as now"),       // stored ms == now's ms: outside
        new(11, Now.AddHours(-24).AddTicks(-3_000), "china", "xinhua", "Xinhua", "Edge"), // same ms as the window start: inside
        new(12, Now.AddHours(-1), "us", null, "Le Monde", "Élysée says ÉTAT", "visite d'État"),
    ];

    public static TheoryData<string, string[], string[], string?> Views => new()
    {
        { "24h", [], [], null },
        { "1h", [], [], null },
        { "7d", ["us"], [], null },
        { "24h", ["china", "unclassified"], [], null },
        { "24h", [], ["xinhua"], null },
        { "24h", [], ["nytimes", "kyodo"], "taiwan" },
        { "24h", [], [], "TRUMP" },
        { "24h", [], [], "%" },
        { "24h", [], [], "0%_" },
        { "24h", [], [], "北京" },
        { "24h", [], [], "état" },
        { "24h", [], [], "ÉTAT" },
        { "24h", ["japan"], [], null },
        { "30d", ["us", "china"], ["xinhua"], "xi" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Matches_AnyView_AgreesWithSql(string range, string[] persp, string[] src, string? q)
    {
        var queries = await QueriesAsync(_database, Rows);
        foreach (var topic in new[] { "us-china", "taiwan-strait" })
        {
            var view = View(range, persp, src, q, topic);

            var fromSql = (await queries.ArticlesAsync(view, Now, null, 100, default)).Articles.Select(a => a.Id).Order();
            var inMemory = Rows.Where(r => OverviewQueries.Matches(view, r.ToSummary(), Now)).Select(r => r.Id).Order();

            Assert.Equal(fromSql, inMemory);
        }
    }

    [Fact]
    public async Task Matches_WholeTopic_SelectsTheHandCountedSet()
    {
        await QueriesAsync(_database);

        var ids = Rows.Where(r => OverviewQueries.Matches(View(), r.ToSummary(), Now)).Select(r => r.Id);

        Assert.Equal([1L, 2, 3, 4, 5, 6, 11, 12], ids);
    }

    public void Dispose() => _database.Dispose();
}
