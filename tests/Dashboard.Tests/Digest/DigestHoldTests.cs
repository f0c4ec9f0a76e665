using Dashboard.Digest;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Configuration;
using Dashboard.Tests.Demo;
using Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Digest;

/// <summary>While articles dated in closed days are still expected (the demo's replay), their digests are partial and not stored.</summary>
public sealed class DigestHoldTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Yesterday = new(2026, 3, 9);
    private readonly TestDatabase _database = new();

    private sealed class Hold(bool holds) : IDigestHold
    {
        public bool Holds { get; set; } = holds;

        public Task<bool> HoldsAsync(CancellationToken ct) => Task.FromResult(Holds);
    }

    private async Task<DigestService> ServiceAsync(IDigestHold? hold)
    {
        var contexts = await _database.MigratedAsync();
        await using var db = await contexts.CreateDbContextAsync();
        var at = new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc);
        var article = new Article
        {
            DedupeKey = "gn:1", Title = "Xi talks with Trump over phone", PerspectiveId = "china", PerspectiveRule = "test",
            FeedId = "demo-china", SeenAt = at, SortAt = at, PublishedAt = at,
        };
        article.Topics.Add(new ArticleTopic { TopicId = "us-china", SortAt = at, PerspectiveId = "china" });
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return new DigestService(contexts, Options.Create(ValidOptions.Create()), new ManualClock(Now), hold);
    }

    [Fact]
    public async Task GetAsync_ClosedDayWhileHeld_PartialAndNotStoredUntilReleased()
    {
        var hold = new Hold(true);
        var digests = await ServiceAsync(hold);

        var held = await digests.GetAsync("us-china", Yesterday, CancellationToken.None);
        hold.Holds = false;
        var released = await digests.GetAsync("us-china", Yesterday, CancellationToken.None);

        Assert.Equal((false, true, 1), (held!.Stored, held.Document.Partial, held.Document.ArticleCount));
        Assert.Equal((true, false, 1), (released!.Stored, released.Document.Partial, released.Document.ArticleCount));
    }

    [Fact]
    public async Task GetAsync_ClosedDayWithoutHold_Stored()
    {
        var digests = await ServiceAsync(hold: null);

        var result = await digests.GetAsync("us-china", Yesterday, CancellationToken.None);

        Assert.Equal((true, false), (result!.Stored, result.Document.Partial));
    }

    [Fact]
    public async Task ArchiveAsync_ClosedDayWhileHeld_ListedAsPartial()
    {
        var digests = await ServiceAsync(new Hold(true));

        var entry = Assert.Single(await digests.ArchiveAsync("us-china", CancellationToken.None), e => e.Day == Yesterday);

        Assert.Equal((false, true), (entry.Stored, entry.Partial));
    }

    public void Dispose() => _database.Dispose();
}
