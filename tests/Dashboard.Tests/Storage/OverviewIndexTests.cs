using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Overview;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Tests.Storage;

/// <summary>
/// The search index and rollups that ArticleStore maintains in the commit transaction, that the OverviewSpeed migration
/// backfills and that OverviewIndex.Ensure/Rebuild build, must all hold the same thing: what the raw rows say.
/// </summary>
public sealed class OverviewIndexTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private static readonly string[] Needles = ["tai", "taiwan", "北京 ", "élysée", "50%_off", "xi t", "zzz"];

    [Fact]
    public async Task CommitRefresh_ManyRefreshesAndReseenArticles_IndexEqualsRebuildFromRawRows()
    {
        await GeneratedOverviewData.WriteAsync(_database, count: 800);
        await using var c = Open();
        var maintained = await SnapshotAsync(c);

        OverviewIndex.Rebuild(c);

        Assert.NotEmpty(maintained.Counts);
        Assert.Equal(await ExpectedCountsAsync(c), maintained.Counts);
        Assert.Equal(await SnapshotAsync(c), maintained);
    }

    [Fact]
    public async Task Migrate_DatabaseWithArticles_BackfillsIndexFromExistingRows()
    {
        await using (var db = new DashboardDbContext(_database.Options()))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122120000_FeedOutages");
            db.Feeds.Add(new FeedState { Id = "us-a", Name = "us-a", Url = "http://127.0.0.1/a.xml" });
            await db.SaveChangesAsync();
            // Raw SQL: the EF model has columns added by later migrations (Articles.StoryId) that this schema lacks.
            for (var i = 1; i <= 50; i++)
            {
                var sortAt = UtcDateTimeConverter.ToUnixMs(DateTime.UnixEpoch.AddDays(20_000).AddMinutes(-37 * i));
                var seenAt = UtcDateTimeConverter.ToUnixMs(DateTime.UnixEpoch.AddDays(20_000));
                var perspective = i % 2 == 0 ? "china" : "us";
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO Articles (Id, DedupeKey, Title, Snippet, Outlet, SourceId, PerspectiveId, PerspectiveRule, SeenAt, SortAt, FeedId)
                    VALUES ({i}, {"old:" + i}, {(i % 3 == 0 ? $"Taiwan story {i}" : $"Xi trade {i}")}, {(i % 2 == 0 ? "北京 readout" : null)},
                            {(i % 4 == 0 ? null : $"Outlet {i % 5}")}, {(i % 5 == 0 ? "xinhua" : null)}, {perspective}, 'test', {seenAt}, {sortAt}, 'us-a')
                    """);
                await db.Database.ExecuteSqlAsync($"INSERT INTO ArticleTopics (ArticleId, TopicId, SortAt, PerspectiveId) VALUES ({i}, 'us-china', {sortAt}, {perspective})");
            }
            await db.Database.MigrateAsync();
        }
        await using var c = Open();
        var backfilled = await SnapshotAsync(c);

        Assert.Equal(50, backfilled.Counts.Sum(r => long.Parse(r.Split('|')[^1])));
        Assert.Equal(await ExpectedCountsAsync(c), backfilled.Counts);
        Assert.Equal(Enumerable.Range(1, 50).Where(i => i % 3 == 0).Select(i => (long)i), backfilled.Search["taiwan"]);
        OverviewIndex.Rebuild(c);
        Assert.Equal(await SnapshotAsync(c), backfilled);
    }

    [Fact]
    public async Task Ensure_TablePresentOrMissing_IdempotentAndRebuilds()
    {
        await GeneratedOverviewData.WriteAsync(_database, count: 200);
        await using var c = Open();
        var before = await SnapshotAsync(c);

        OverviewIndex.Ensure(c);
        Assert.Equal(before, await SnapshotAsync(c));

        await Execute(c, "DROP TABLE HourlyCounts");
        OverviewIndex.Ensure(c);
        Assert.Equal(before, await SnapshotAsync(c));
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_database.Path.ConnectionString);
        c.Open();
        return c;
    }

    /// <summary>The rollup rows, topic-hour id bounds and search candidates per needle, in a comparable form.</summary>
    private sealed record Snapshot(List<string> Counts, List<string> Bounds, Dictionary<string, List<long>> Search)
    {
        public bool Equals(Snapshot? other) => other is not null && Counts.SequenceEqual(other.Counts) && Bounds.SequenceEqual(other.Bounds)
            && Search.Count == other.Search.Count && Search.All(s => other.Search.TryGetValue(s.Key, out var o) && s.Value.SequenceEqual(o));

        public override int GetHashCode() => Counts.Count;
    }

    private static async Task<Snapshot> SnapshotAsync(SqliteConnection c)
    {
        var search = new Dictionary<string, List<long>>();
        foreach (var needle in Needles)
        {
            // Candidates confirmed by the exact rule, as the overview queries do.
            var match = Dashboard.Overview.TextQuery.SearchMatch(needle)!;
            search[needle] = (await Rows(c, $"""
                SELECT s.rowid FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid
                WHERE ArticleSearch MATCH '{match.Replace("'", "''")}' AND (instr(lower(a.Title), '{needle}') > 0 OR instr(lower(a.Snippet), '{needle}') > 0)
                ORDER BY 1
                """)).Select(long.Parse).ToList();
        }
        return new Snapshot(
            await Rows(c, "SELECT TopicId, Hour, PerspectiveId, SourceId, Outlet, Count FROM HourlyCounts ORDER BY 1, 2, 3, 4, 5"),
            await Rows(c, "SELECT TopicId, Hour, MinArticleId, MaxArticleId FROM TopicHours ORDER BY 1, 2"),
            search);
    }

    /// <summary>The rollup computed independently of OverviewIndex's SQL.</summary>
    private static Task<List<string>> ExpectedCountsAsync(SqliteConnection c) => Rows(c, """
        SELECT t.TopicId, t.SortAt / 3600000 AS h, t.PerspectiveId, ifnull(a.SourceId, '') AS s, ifnull(a.Outlet, '') AS o, COUNT(*)
        FROM ArticleTopics t, Articles a WHERE a.Id = t.ArticleId GROUP BY t.TopicId, h, t.PerspectiveId, s, o ORDER BY 1, 2, 3, 4, 5
        """);

    private static async Task<List<string>> Rows(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private static async Task Execute(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    public void Dispose() => _database.Dispose();
}
