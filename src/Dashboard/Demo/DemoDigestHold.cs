using Dashboard.Configuration;
using Dashboard.Digest;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Demo;

/// <summary>
/// Holds the digests of closed days until every demo item is stored: the replay releases items dated before its start
/// for minutes after it, and a digest stored meanwhile (on a visit, or by the digest job's catch-up at start-up) would
/// stand without them. Counting stored articles, not the clock, ends the hold as soon as the last one is in. It gives up
/// two poll intervals and a minute after the last release, so feeds that never deliver (ingestion off) hold nothing for good.
/// </summary>
public sealed class DemoDigestHold(DemoFeedSource source, IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options) : IDigestHold
{
    private readonly int _total = DemoFeedSource.FeedIds.Sum(feedId => source.Items(feedId).Count);
    private readonly DateTimeOffset _giveUpAt = source.LastReleaseAt + TimeSpan.FromSeconds(2 * options.Value.Demo.StepSeconds + 60);
    private volatile bool _over;

    public async Task<bool> HoldsAsync(CancellationToken ct)
    {
        if (_over) return false;
        if (source.Clock.GetUtcNow() >= _giveUpAt)
        {
            _over = true;
            return false;
        }
        var feedIds = DemoFeedSource.FeedIds;
        await using var db = await contexts.CreateDbContextAsync(ct);
        _over = await db.Articles.CountAsync(article => feedIds.Contains(article.FeedId), ct) >= _total;
        return !_over;
    }
}
