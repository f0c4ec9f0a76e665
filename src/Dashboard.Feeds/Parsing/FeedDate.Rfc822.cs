namespace Dashboard.Feeds.Parsing;

public static partial class FeedDate
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// RFC 822/1123 and the variants feeds produce: optional day name, 1- or 2-digit day, full or short
    /// month name, 2- or 4-digit year, optional seconds, named/military/numeric zone or none (UTC),
    /// dashes as separators (<c>01-Jan-2004</c>), and asctime order (<c>Sun Jan  4 16:29:06 2004</c>).
    /// Tokens are classified by shape rather than position, which covers all those orders at once.
    /// </summary>
    internal static bool TryParseRfc822(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        int month = 0, hour = 0, minute = 0, second = 0, offset = 0;
        long fraction = 0;
        bool hasTime = false, hasZone = false;
        Span<int> numbers = stackalloc int[2];
        Span<int> numberDigits = stackalloc int[2];
        var numberCount = 0;

        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is ' ' or ',' or '\t' or '.' || (c == '-' && !(hasTime && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
            {
                i++; // separators; a '-' followed by digits after the time is a zone, handled below
                continue;
            }
            if (c == '(')
            {
                var close = s[i..].IndexOf(')');
                i = close < 0 ? s.Length : i + close + 1; // "+0000 (UTC)": comments carry no extra information
                continue;
            }
            var start = i;
            if (char.IsAsciiLetter(c))
            {
                while (i < s.Length && char.IsAsciiLetter(s[i]))
                    i++;
                var word = s[start..i];
                if (month == 0 && TryMonth(word, out var m))
                    month = m;
                else if (IsDayName(word) || word.Equals("at", StringComparison.OrdinalIgnoreCase))
                    continue;
                else if (hasTime && TryMeridiem(word, ref hour))
                    continue;
                else if (!hasZone && TryNamedZone(word, out offset))
                    hasZone = true;
                else
                    return false; // an unknown word (e.g. an unknown zone): better no date than a wrong one
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                    i++;
                if (i < s.Length && s[i] == ':')
                {
                    if (hasTime || !TryTime(s, start, ref i, out hour, out minute, out second, out fraction))
                        return false;
                    hasTime = true;
                    continue;
                }
                if (numberCount == 2 || i - start > 4)
                    return false;
                numbers[numberCount] = ToInt(s[start..i]);
                numberDigits[numberCount++] = i - start;
                continue;
            }
            if (c is '+' or '-' && !hasZone)
            {
                i++;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == ':'))
                    i++;
                if (!TryNumericZone(s[(start + 1)..i], c == '-', out offset))
                    return false;
                hasZone = true;
                continue;
            }
            return false;
        }

        if (month == 0 || numberCount != 2)
            return false;
        // RFC order is day-then-year; a 4-digit first number means year-then-day ("2004 Jan 01").
        var yearFirst = numberDigits[0] >= 3;
        var day = yearFirst ? numbers[1] : numbers[0];
        var year = yearFirst ? numbers[0] : numbers[1];
        var yearDigits = yearFirst ? numberDigits[0] : numberDigits[1];
        if ((yearFirst ? numberDigits[1] : numberDigits[0]) > 2)
            return false;
        year = yearDigits switch
        {
            <= 2 => year < 50 ? 2000 + year : 1900 + year, // RFC 2822 §4.3
            3 => 1900 + year,                                // RFC 2822 §4.3 (old Unix tm_year style)
            _ => year,
        };
        return TryBuild(year, month, day, hour, minute, second, fraction, offset, out value);
    }

    private static bool TryTime(ReadOnlySpan<char> s, int start, ref int i, out int hour, out int minute, out int second, out long fraction)
    {
        hour = minute = second = 0;
        fraction = 0;
        var hourDigits = s[start..i];
        i++; // ':'
        var mStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
            i++;
        if (hourDigits.Length > 2 || i - mStart is < 1 or > 2)
            return false;
        hour = ToInt(hourDigits);
        minute = ToInt(s[mStart..i]);
        if (i < s.Length && s[i] == ':')
        {
            var sStart = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
                i++;
            if (i - sStart is < 1 or > 2)
                return false;
            second = ToInt(s[sStart..i]);
            if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
            {
                long scale = TimeSpan.TicksPerSecond;
                for (i++; i < s.Length && char.IsAsciiDigit(s[i]); i++)
                {
                    if (scale > 1)
                    {
                        scale /= 10;
                        fraction += (s[i] - '0') * scale;
                    }
                }
            }
        }
        return true;
    }

    /// <summary>"10:00 PM": 12-hour clocks appear in hand-written feeds.</summary>
    private static bool TryMeridiem(ReadOnlySpan<char> word, ref int hour)
    {
        var pm = word.Equals("pm", StringComparison.OrdinalIgnoreCase);
        if (!pm && !word.Equals("am", StringComparison.OrdinalIgnoreCase))
            return false;
        if (hour is < 1 or > 12)
            return false;
        hour = pm ? (hour % 12) + 12 : hour % 12;
        return true;
    }

    private static bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        if (word.Length < 3)
            return false;
        for (var m = 0; m < 12; m++)
        {
            // Any prefix of at least three letters: "Sep", "Sept", "September", but not "Septic".
            if (MonthNames[m].AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                return true;
            }
        }
        return false;
    }

    private static bool IsDayName(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
            return false;
        foreach (var day in DayNames)
        {
            if (day.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>±hhmm, ±hh:mm, ±hh or ±h.</summary>
    private static bool TryNumericZone(ReadOnlySpan<char> digits, bool negative, out int offsetMinutes)
    {
        offsetMinutes = 0;
        int hh, mm = 0;
        var colon = digits.IndexOf(':');
        if (colon >= 0)
        {
            if (colon is < 1 or > 2 || digits.Length - colon - 1 != 2 || !IsDigits(digits[..colon]) || !IsDigits(digits[(colon + 1)..]))
                return false;
            hh = ToInt(digits[..colon]);
            mm = ToInt(digits[(colon + 1)..]);
        }
        else if (digits.Length is 1 or 2)
        {
            hh = ToInt(digits);
        }
        else if (digits.Length == 4)
        {
            hh = ToInt(digits[..2]);
            mm = ToInt(digits[2..]);
        }
        else
        {
            return false;
        }
        if (mm > 59)
            return false;
        offsetMinutes = (negative ? -1 : 1) * (hh * 60 + mm);
        return true;
    }
}
