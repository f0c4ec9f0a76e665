using System.Globalization;
using Dashboard.Configuration;

namespace Dashboard.Digest;

/// <summary>
/// The digest's calendar: which instants make up date D in the configured time zone, with a day that may end
/// at a time other than midnight (the seed system closed its day at 04:00 UTC), and which day is closed.
/// </summary>
public sealed class DigestClock
{
    private readonly TimeZoneInfo _zone;
    private readonly TimeSpan _dayEnd;
    private readonly TimeSpan _closeDelay;

    public DigestClock(DigestOptions options)
    {
        if (!TryFindTimeZone(options.TimeZone, out var zone)) throw new ArgumentException($"digest: unknown time zone '{options.TimeZone}'");
        if (!TryParseDayEnd(options.DayEndsAt, out var end)) throw new ArgumentException($"digest: bad DayEndsAt '{options.DayEndsAt}'");
        (_zone, _dayEnd, _closeDelay) = (zone, end, TimeSpan.FromMinutes(options.CloseDelayMinutes));
    }

    public TimeZoneInfo Zone => _zone;

    /// <summary>[Start, End) of date <paramref name="day"/> in UTC: the 24 local hours that end on <paramref name="day"/> at DayEndsAt.</summary>
    public (DateTime Start, DateTime End) Window(DateOnly day)
    {
        var endLocal = day.ToDateTime(TimeOnly.MinValue) + _dayEnd;
        return (ToUtc(endLocal.AddDays(-1)), ToUtc(endLocal));
    }

    /// <summary>The digest date an instant belongs to.</summary>
    public DateOnly DayOf(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
        return DateOnly.FromDateTime(local + (TimeSpan.FromDays(1) - _dayEnd));
    }

    /// <summary>Whether the day has ended (plus the close delay for late arrivals): its digest is then final.</summary>
    public bool IsClosed(DateOnly day, DateTime nowUtc) => Window(day).End + _closeDelay <= nowUtc;

    /// <summary>The newest closed day at <paramref name="nowUtc"/>.</summary>
    public DateOnly LastClosedDay(DateTime nowUtc) => DayOf(nowUtc - _closeDelay).AddDays(-1);

    /// <summary>When <paramref name="day"/> becomes closed.</summary>
    public DateTime ClosesAt(DateOnly day) => Window(day).End + _closeDelay;

    private DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time skipped by a DST jump does not exist; the first instant after the gap stands for it.
        while (_zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, _zone);
    }

    public static bool TryFindTimeZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id)) return false;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out zone!);
    }

    /// <summary>"HH:mm" from 00:01 to 24:00; "00:00" is refused because it would name the day after the one it closes.</summary>
    public static bool TryParseDayEnd(string? text, out TimeSpan end)
    {
        end = default;
        if (text?.Trim() == "24:00") { end = TimeSpan.FromDays(1); return true; }
        if (!TimeSpan.TryParseExact(text?.Trim(), @"hh\:mm", CultureInfo.InvariantCulture, out end)) return false;
        return end > TimeSpan.Zero && end < TimeSpan.FromDays(1);
    }
}
