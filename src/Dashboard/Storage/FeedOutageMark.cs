using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

/// <summary>
/// How a refresh changes its feed's outage record, applied in the refresh's own transaction so the
/// outage and the feed's error count never disagree.
/// </summary>
public sealed record FeedOutageMark(bool Failed, DateTime At, string? PerspectiveId = null, string? Error = null)
{
    public static FeedOutageMark Failure(DateTime at, string? perspectiveId, string error) => new(true, at, perspectiveId, error);
    public static FeedOutageMark Success(DateTime at) => new(false, at);

    /// <summary><paramref name="feed"/> is the row as read in the transaction, before the refresh updates it.</summary>
    internal async Task ApplyAsync(DashboardDbContext db, FeedState feed, CancellationToken ct)
    {
        // An outage opens on the first failure in a row and every success resets the count, so with a
        // zero count there is nothing to open again or to close.
        if (Failed && feed.ConsecutiveErrors == 0)
            db.FeedOutages.Add(new FeedOutage { FeedId = feed.Id, PerspectiveId = PerspectiveId, From = At, Error = Error });
        else if (!Failed && feed.ConsecutiveErrors > 0)
            foreach (var open in await db.FeedOutages.Where(o => o.FeedId == feed.Id && o.To == null).ToListAsync(ct))
                open.To = At;
    }
}
