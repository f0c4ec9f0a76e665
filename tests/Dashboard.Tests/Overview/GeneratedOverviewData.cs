using Dashboard.Search;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Overview;

/// <summary>
/// Seeded random articles over the 40 days before <see cref="Now"/>, written through ArticleStore (so the search index
/// and rollups are the ones ingestion maintains) in several refreshes, including re-seen articles that another feed
/// adds a topic to. Some sort times sit exactly on hour starts and 1 ms before them; registry sources come under two
/// spellings; unregistered outlets include one with a comma and articles with no outlet at all.
/// </summary>
internal static class GeneratedOverviewData
{
    public static readonly DateTime Now = OverviewTestData.Utc("2025-11-24T12:00:00Z");

    private static readonly (string? Source, string? Outlet, string Perspective)[] Outlets =
    [
        ("xinhua", "Xinhua", "china"), ("xinhua", "新华网", "china"), ("nytimes", "The New York Times", "us"), ("nytimes", "NYT", "us"),
        ("kyodo", "Kyodo News", "japan"), ("nytimes", "The New York Times", "japan"), // a feed overriding the registry's perspective
        (null, "China Daily", "china"), (null, "Unknown Gazette", "unclassified"), (null, "Reuters, Inc.", "us"),
        (null, "Reuters, Inc.", "unclassified"), (null, null, "unclassified"), ("kyodo", null, "japan"),
    ];

    private static readonly string[] Words = ["Taiwan", "trade", "TARIFF", "Xi", "Trump", "北京", "台湾", "Élysée", "chips", "summit", "50%_off"];

    /// <param name="window">A search window to keep current through the store, as the app's is.</param>
    public static async Task<IReadOnlyList<ArticleCandidate>> WriteAsync(TestDatabase database, int count = 1500, int seed = 7, SearchWindow? window = null)
    {
        var contexts = await database.MigratedAsync();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            foreach (var id in new[] { "us-a", "cn-a" }) db.Feeds.Add(new FeedState { Id = id, Name = id, Url = $"http://127.0.0.1/{id}.xml" });
            await db.SaveChangesAsync();
        }
        var store = new ArticleStore(contexts, new FixedTime(Now.AddDays(1)), window);
        var random = new Random(seed);
        var candidates = Enumerable.Range(0, count).Select(i => Candidate(random, i)).ToList();
        foreach (var batch in candidates.Chunk(400)) await CommitAsync(store, "us-a", batch);
        // Re-seen through another feed with one more topic: topic rows for known articles, some of them new.
        var reseen = candidates.Where((_, i) => i % 5 == 0).Select(c => c with { Topics = [.. c.Topics, "taiwan-strait"] }).ToArray();
        await CommitAsync(store, "cn-a", reseen);
        return candidates;
    }

    private static ArticleCandidate Candidate(Random random, int i)
    {
        var (source, outlet, perspective) = Outlets[random.Next(Outlets.Length)];
        var hour = Now.AddHours(-random.Next(40 * 24));
        var sortAt = random.Next(10) switch
        {
            0 => new DateTime(hour.Year, hour.Month, hour.Day, hour.Hour, 0, 0, DateTimeKind.Utc),
            1 => new DateTime(hour.Year, hour.Month, hour.Day, hour.Hour, 0, 0, DateTimeKind.Utc).AddMilliseconds(-1),
            _ => hour.AddMilliseconds(-random.Next(3_600_000)),
        };
        var topics = new List<string>();
        if (random.Next(10) < 8) topics.Add("us-china");
        if (random.Next(10) < 3 || topics.Count == 0) topics.Add("taiwan-strait");
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return new ArticleCandidate
        {
            DedupeKey = $"gen:{i}", Title = Text(1 + random.Next(6)), Snippet = random.Next(4) == 0 ? null : Text(random.Next(12)),
            Outlet = outlet, SourceId = source, PerspectiveId = perspective, PerspectiveRule = "test", PublishedAt = sortAt, Topics = topics,
        };
    }

    private static Task CommitAsync(ArticleStore store, string feedId, IReadOnlyList<ArticleCandidate> batch) =>
        store.CommitRefreshAsync(feedId, batch, f => f.ConsecutiveErrors = 0,
            new FetchEvent { FeedId = feedId, At = Now, Outcome = FetchEventOutcome.Ok, Items = batch.Count }, 50, CancellationToken.None);

    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
