using Dashboard.Overview;
using Dashboard.Tests.Infrastructure;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

public sealed class VolumeQueryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private static (string, string, int)[] Points(IEnumerable<VolumePoint> points) =>
        points.Select(p => (p.BucketStart.ToString("yyyy-MM-dd HH:mm:ss.fff"), p.PerspectiveId, p.Count)).ToArray();

    [Fact]
    public async Task Volume_OneHourRange_FiveMinuteBucketsAlignedToTheClock()
    {
        // now 12:07:30 → window [11:07:30, 12:07:30); the first bucket starts at 11:05, before the window.
        var now = Utc("2025-11-24T12:07:30Z");
        var queries = await QueriesAsync(_database,
            new Row(1, Utc("2025-11-24T11:07:29.999Z"), "us"),   // before the window
            new Row(2, Utc("2025-11-24T11:07:30Z"), "us"),       // window start: bucket 11:05
            new Row(3, Utc("2025-11-24T11:09:59.999Z"), "us"),   // last ms of bucket 11:05
            new Row(4, Utc("2025-11-24T11:10:00Z"), "us"),       // first ms of bucket 11:10
            new Row(5, Utc("2025-11-24T11:10:00Z"), "china"),
            new Row(6, Utc("2025-11-24T11:48:00Z"), "china"),
            new Row(7, Utc("2025-11-24T11:50:00Z"), "china"),
            new Row(8, Utc("2025-11-24T12:05:00Z"), "unclassified"),
            new Row(9, Utc("2025-11-24T12:07:29.999Z"), "us"),   // last bucket, clipped at now
            new Row(10, Utc("2025-11-24T12:07:30Z"), "us"));     // at now: outside

        var points = await queries.VolumeAsync(View("1h"), now, default);

        Assert.Equal(
        [
            ("2025-11-24 11:05:00.000", "us", 2),
            ("2025-11-24 11:10:00.000", "china", 1),
            ("2025-11-24 11:10:00.000", "us", 1),
            ("2025-11-24 11:45:00.000", "china", 1),
            ("2025-11-24 11:50:00.000", "china", 1),
            ("2025-11-24 12:05:00.000", "unclassified", 1),
            ("2025-11-24 12:05:00.000", "us", 1),
        ], Points(points));
    }

    [Fact]
    public async Task Volume_24HourRange_HourBucketsAlignedToTheClock()
    {
        // now 12:07:30 → window [11-23 12:07:30, 11-24 12:07:30): row 6 (11-23 12:00) is out, row 8 (12:00) is in.
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var points = await queries.VolumeAsync(View("24h"), Utc("2025-11-24T12:07:30Z"), default);

        Assert.Equal(
        [
            ("2025-11-24 07:00:00.000", "unclassified", 1),
            ("2025-11-24 09:00:00.000", "us", 1),
            ("2025-11-24 10:00:00.000", "us", 1),
            ("2025-11-24 11:00:00.000", "china", 2),
            ("2025-11-24 12:00:00.000", "us", 1),
        ], Points(points));
    }

    [Fact]
    public async Task Volume_Filters_SameRulesAsTheCounts()
    {
        var queries = await QueriesAsync(_database, OverviewDataSet.Rows);

        var bySource = await queries.VolumeAsync(View(src: ["xinhua"]), OverviewDataSet.Now, default);
        var byText = await queries.VolumeAsync(View(persp: ["us", "china"], q: "trump"), OverviewDataSet.Now, default);

        Assert.Equal([("2025-11-23 12:00:00.000", "china", 1), ("2025-11-24 11:00:00.000", "china", 1)], Points(bySource));
        Assert.Equal([("2025-11-24 10:00:00.000", "us", 1), ("2025-11-24 11:00:00.000", "china", 1)], Points(byText));
    }

    [Fact]
    public async Task Volume_ThirtyDays_DayBucketsAlignedToMidnightUtc()
    {
        var now = Utc("2025-11-24T12:00:00Z");
        var queries = await QueriesAsync(_database, new Row(1, Utc("2025-11-10T23:59:59Z")), new Row(2, Utc("2025-11-11T00:00:00Z")), new Row(3, Utc("2025-11-11T18:00:00Z")));

        var points = await queries.VolumeAsync(View("30d"), now, default);

        Assert.Equal([("2025-11-10 00:00:00.000", "us", 1), ("2025-11-11 00:00:00.000", "us", 2)], Points(points));
    }

    public void Dispose() => _database.Dispose();
}
