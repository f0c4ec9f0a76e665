using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Stories;

/// <summary>A story's articles and feed outages written straight through EF into a migrated test database.</summary>
internal static class StoryTestData
{
    /// <summary>
    /// One article of story <paramref name="storyId"/> per (id, perspective, time); the story is named by its first id.
    /// The feeds have all been read once (a successful fetch) unless named in <paramref name="neverRead"/>.
    /// </summary>
    public static async Task<IDbContextFactory<DashboardDbContext>> WriteAsync(TestDatabase database, long storyId,
        IEnumerable<(long Id, string Perspective, DateTime SortAt)> articles, FeedOutage[]? outages = null, string[]? neverRead = null)
    {
        var contexts = await database.MigratedAsync();
        await using var db = await contexts.CreateDbContextAsync();
        db.Feeds.AddRange(new[] { "us-a", "us-b", "cn-a", "jp-off" }.Select(id => new FeedState
        {
            Id = id, Name = id, Url = "http://127.0.0.1/" + id,
            LastSuccessAt = neverRead?.Contains(id) == true ? null : new DateTime(2025, 11, 23, 0, 0, 0, DateTimeKind.Utc),
        }));
        db.Articles.AddRange(articles.Select(a => new Article
        {
            Id = a.Id, DedupeKey = $"test:{a.Id}", Title = $"Trade envoys meet in Geneva ({a.Id})", Outlet = "Outlet " + a.Id, PerspectiveId = a.Perspective,
            PerspectiveRule = "test", PublishedAt = a.SortAt, SeenAt = a.SortAt, SortAt = a.SortAt, FeedId = a.Perspective == "china" ? "cn-a" : "us-a",
            StoryId = storyId,
            Topics = [new ArticleTopic { TopicId = "us-china", SortAt = a.SortAt, PerspectiveId = a.Perspective, StoryId = storyId }],
        }));
        db.FeedOutages.AddRange(outages ?? []);
        await db.SaveChangesAsync();
        // These rows bypass ArticleStore, which maintains the search index and rollups on the real write path.
        await db.Database.OpenConnectionAsync();
        OverviewIndex.Rebuild((SqliteConnection)db.Database.GetDbConnection());
        return contexts;
    }

    public static FeedOutage Outage(string feedId, string perspective, DateTime from, DateTime? to) =>
        new() { FeedId = feedId, PerspectiveId = perspective, From = from, To = to, Error = "fetch: HTTP 500" };
}
