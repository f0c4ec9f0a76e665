using Dashboard.Overview;

namespace Dashboard.Rendering;

/// <summary>
/// When a view's chart changes. A live range ("last 24 h") moves every minute: it is drawn as of the minute's start,
/// cached for that minute and no longer. A frozen window that ended over <see cref="SettleAfter"/> ago no longer
/// changes but for a rare late article: one image for it, an hour at a time. A frozen window still open (a digest's
/// today) or just closed still fills up, so it is treated like a live one.
/// </summary>
public sealed record RenderFreshness(DateTime DrawnAt, bool Moving, DateTime ExpiresAt)
{
    /// <summary>Feeds are polled every few minutes and report articles dated before the poll; an hour covers that.</summary>
    public static readonly TimeSpan SettleAfter = TimeSpan.FromHours(1);
    public static readonly TimeSpan SettledLifetime = TimeSpan.FromHours(1);

    public static RenderFreshness For(ViewFilter view, DateTime nowUtc)
    {
        var minute = MinuteOf(nowUtc);
        var moving = view.Range.IsLive || view.Range.To!.Value + SettleAfter > minute;
        return new RenderFreshness(minute, moving, moving ? minute.AddMinutes(1) : nowUtc + SettledLifetime);
    }

    public static DateTime MinuteOf(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    /// <summary>Seconds a browser or chat app may reuse the image: to the end of the minute (at least 1), or the settled lifetime.</summary>
    public int MaxAgeSeconds(DateTime nowUtc) => Math.Max(1, (int)Math.Ceiling((ExpiresAt - nowUtc).TotalSeconds));
}
