namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Parses the date strings feeds really contain into UTC instants. RFC 822 and ISO 8601 are the two
/// families; both parsers are hand-written span scanners because dates are parsed once per item and
/// DateTime.TryParse is both slower and too forgiving (it fills in today's date for partial input).
/// </summary>
public static partial class FeedDate
{
    /// <summary>The instant in UTC, or null when the text is absent or not a date we can read with certainty.</summary>
    public static DateTimeOffset? Parse(string? text) => TryParse(text, out var value) ? value : null;

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var s = text.AsSpan().Trim();
        // ISO 8601 always starts with a four-digit year; RFC 822 never does (day name or day number first).
        if (s.Length >= 4 && IsDigits(s[..4]))
            return TryParseIso8601(s, out value) || TryParseRfc822(s, out value);
        return TryParseRfc822(s, out value);
    }

    /// <summary>Builds the UTC instant after validating every field, so no input can throw.</summary>
    internal static bool TryBuild(int year, int month, int day, int hour, int minute, int second,
        long ticksFraction, int offsetMinutes, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 60)
            return false;
        if (second == 60)
            second = 59; // a leap second: keep it inside the same minute rather than reject the date
        if (offsetMinutes is < -18 * 60 or > 18 * 60)
            return false;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + ticksFraction;
        var utc = local - offsetMinutes * TimeSpan.TicksPerMinute;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
            return false;
        value = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }

    internal static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
            return false;
        foreach (var c in s)
            if (c is < '0' or > '9')
                return false;
        return true;
    }

    /// <summary>Parses up to 9 ASCII digits (callers check the length first).</summary>
    internal static int ToInt(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
            n = n * 10 + (c - '0');
        return n;
    }
}
