using Dashboard.Configuration;
using Dashboard.Demo;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Demo;

/// <summary>The demo holds closed days' digests until all its items are stored, or gives up after its replay.</summary>
public sealed class DemoDigestHoldTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 14, 27, 31, TimeSpan.Zero);
    private readonly TestDatabase _database = new();
    private readonly ManualClock _clock = new(Start);
    private readonly DemoOptions _demo = new() { InitialItems = 4, ItemsPerStep = 1, StepSeconds = 120 };

    private async Task<(DemoDigestHold Hold, DemoFeedSource Source)> HoldAsync()
    {
        var source = new DemoFeedSource(_demo, Start, _clock);
        var options = Options.Create(new DashboardOptions { Demo = _demo });
        return (new DemoDigestHold(source, await _database.MigratedAsync(), options), source);
    }

    private async Task StoreAsync(IEnumerable<DemoItem> items)
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        db.Articles.AddRange(items.Select(item => new Article
        {
            DedupeKey = "url:" + item.Link, Title = item.Title, PerspectiveId = "us", PerspectiveRule = "test", FeedId = item.FeedId,
            SeenAt = Start.UtcDateTime, SortAt = item.Published.UtcDateTime, PublishedAt = item.Published.UtcDateTime,
        }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task HoldsAsync_FirstBatchStored_Holds()
    {
        var (hold, source) = await HoldAsync();
        await StoreAsync(DemoFeedSource.FeedIds.SelectMany(feedId => source.Released(feedId, Start)));

        Assert.True(await hold.HoldsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HoldsAsync_EveryItemStored_ReleasedForGood()
    {
        var (hold, source) = await HoldAsync();
        await StoreAsync(DemoFeedSource.FeedIds.SelectMany(source.Items));

        Assert.False(await hold.HoldsAsync(CancellationToken.None));
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            db.Articles.RemoveRange(db.Articles);
            await db.SaveChangesAsync();
        }
        Assert.False(await hold.HoldsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HoldsAsync_NothingArrivesLongAfterTheLastRelease_GivesUp()
    {
        var (hold, source) = await HoldAsync();

        _clock.Now = source.LastReleaseAt.AddSeconds(2 * 120 - 1);
        var before = await hold.HoldsAsync(CancellationToken.None);
        _clock.Now = source.LastReleaseAt.AddSeconds(2 * 120 + 60);
        var after = await hold.HoldsAsync(CancellationToken.None);

        Assert.Equal((true, false), (before, after));
    }

    public void Dispose() => _database.Dispose();
}
