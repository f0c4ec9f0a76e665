using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Storage;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task CommitRefresh_NewArticles_StoredWithTopicsAndReturned()
    {
        var (store, contexts) = await CreateAsync("f1");
        var added = await Commit(store, "f1", Candidate("gn:1", "us-china"), Candidate("gn:2", "us-china", "taiwan-strait"));

        Assert.Equal(["gn:1", "gn:2"], added.Select(a => a.Title).Order());
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.Equal(3, await db.ArticleTopics.CountAsync());
        Assert.Equal(2, (await db.Feeds.SingleAsync()).ArticlesAdded);
    }

    [Fact]
    public async Task CommitRefresh_SameArticlesAgain_AddsNothing()
    {
        var (store, contexts) = await CreateAsync("f1");
        await Commit(store, "f1", Candidate("gn:1"), Candidate("gn:2"));
        var again = await Commit(store, "f1", Candidate("gn:1"), Candidate("gn:2"), Candidate("gn:3"));

        Assert.Equal(["gn:3"], again.Select(a => a.Title));
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(3, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task CommitRefresh_DuplicateKeysInOneBatch_StoredOnce()
    {
        var (store, contexts) = await CreateAsync("f1");
        var added = await Commit(store, "f1", Candidate("gn:1"), Candidate("gn:1"));
        Assert.Single(added);
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task CommitRefresh_KnownArticleFromAnotherFeed_GainsThatFeedsTopicsOnly()
    {
        var (store, contexts) = await CreateAsync("f1", "f2");
        await Commit(store, "f1", Candidate("gn:1", "us-china"));
        var added = await Commit(store, "f2", Candidate("gn:1", "us-china", "us-china-trade"));

        Assert.Empty(added);
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(["us-china", "us-china-trade"], await db.ArticleTopics.Select(t => t.TopicId).OrderBy(t => t).ToListAsync());
    }

    [Fact]
    public async Task CommitRefresh_PlacedArticleGainsTopic_NewTopicRowCarriesItsStory()
    {
        var (store, contexts) = await CreateAsync("f1", "f2");
        await Commit(store, "f1", Candidate("gn:1", "us-china"));
        await using (var db = await contexts.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET StoryId = 77; UPDATE ArticleTopics SET StoryId = 77;");

        await Commit(store, "f2", Candidate("gn:1", "us-china", "us-china-trade"));

        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal([("us-china", 77L), ("us-china-trade", 77L)],
            (await check.ArticleTopics.OrderBy(t => t.TopicId).Select(t => new { t.TopicId, t.StoryId }).ToListAsync()).Select(t => (t.TopicId, t.StoryId ?? 0)));
    }

    [Fact]
    public async Task CommitRefresh_EmptySourceId_StoredAsNone()
    {
        var (store, contexts) = await CreateAsync("f1");
        await Commit(store, "f1", Candidate("gn:1", "us-china") with { SourceId = "", Outlet = "The Diplomat" });

        await using var db = await contexts.CreateDbContextAsync();
        // Outlet views find unknown outlets in the (SourceId, …) index's null range (OverviewSql.SourceRows).
        Assert.Null((await db.Articles.SingleAsync()).SourceId);
    }

    [Fact]
    public async Task CommitRefresh_ManyFetches_KeepsOnlyTheNewestEvents()
    {
        var (store, contexts) = await CreateAsync("f1");
        for (var i = 0; i < 8; i++) await Commit(store, "f1", eventsKept: 5, Candidate($"gn:{i}"));
        await using var db = await contexts.CreateDbContextAsync();
        var kept = await db.FetchEvents.OrderBy(e => e.Id).Select(e => e.Items).ToListAsync();
        Assert.Equal([1, 1, 1, 1, 1], kept);
        Assert.Equal(5, await db.FetchEvents.CountAsync());
    }

    [Fact]
    public async Task CommitRefresh_FeedUpdateThrows_NothingIsStored()
    {
        var (store, contexts) = await CreateAsync("f1");
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CommitRefreshAsync("f1", [Candidate("gn:1")],
            _ => throw new InvalidOperationException("boom"), Event("f1"), 50, CancellationToken.None));
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.FetchEvents.CountAsync());
    }

    [Fact]
    public void SortTime_FutureOrMissingPublished_UsesSeenTime()
    {
        var seen = new DateTime(2025, 11, 25, 4, 0, 0, DateTimeKind.Utc);
        Assert.Equal(seen, ArticleStore.SortTime(null, seen));
        Assert.Equal(seen, ArticleStore.SortTime(seen.AddHours(3), seen));
        Assert.Equal(seen.AddHours(-3), ArticleStore.SortTime(seen.AddHours(-3), seen));
    }

    private async Task<(ArticleStore, Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext>)> CreateAsync(params string[] feedIds)
    {
        var contexts = await _database.MigratedAsync();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            foreach (var id in feedIds) db.Feeds.Add(new FeedState { Id = id, Name = id, Url = $"http://127.0.0.1/{id}.xml" });
            await db.SaveChangesAsync();
        }
        return (new ArticleStore(contexts, TimeProvider.System), contexts);
    }

    private static Task<IReadOnlyList<Dashboard.Live.ArticleSummary>> Commit(ArticleStore store, string feedId, params ArticleCandidate[] candidates) =>
        Commit(store, feedId, 50, candidates);

    private static Task<IReadOnlyList<Dashboard.Live.ArticleSummary>> Commit(ArticleStore store, string feedId, int eventsKept, params ArticleCandidate[] candidates)
    {
        var fetchEvent = Event(feedId);
        fetchEvent.Items = candidates.Length;
        return store.CommitRefreshAsync(feedId, candidates, f => f.ConsecutiveErrors = 0, fetchEvent, eventsKept, CancellationToken.None);
    }

    private static FetchEvent Event(string feedId) => new() { FeedId = feedId, At = DateTime.UtcNow, Outcome = FetchEventOutcome.Ok };

    private static ArticleCandidate Candidate(string key, params string[] topics) => new()
    {
        DedupeKey = key,
        Title = key,
        PerspectiveId = "us",
        PerspectiveRule = "test",
        PublishedAt = new DateTime(2025, 11, 25, 4, 0, 0, DateTimeKind.Utc),
        Topics = topics,
    };

    public void Dispose() => _database.Dispose();
}
