namespace Dashboard.Feeds.Parsing;

public static partial class FeedDate
{
    /// <summary>
    /// ISO 8601 / W3CDTF: <c>2003-12-31T10:14:55.123+01:00</c>, basic form <c>20031231T101455Z</c>,
    /// date-only <c>2003-12-31</c>, <c>2003-12</c>, <c>2003</c>, missing seconds, a space instead of 'T',
    /// a space before the zone. A missing zone means UTC (W3CDTF feeds that omit it are nearly always UTC).
    /// </summary>
    internal static bool TryParseIso8601(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        var p = new Cursor(s);
        if (!p.Digits(4, out var year))
            return false;
        int month = 1, day = 1;
        var extended = p.Take('-');
        if (extended)
        {
            if (!p.Digits(2, out month) && !p.Digits(1, out month))
                return false;
            if (p.Take('-') && !p.Digits(2, out day) && !p.Digits(1, out day))
                return false;
        }
        else if (p.PeekDigitAt(0) && (!p.Digits(2, out month) || !p.Digits(2, out day)))
        {
            return false; // basic form yyyyMMdd needs both month and day
        }

        int hour = 0, minute = 0, second = 0;
        long fraction = 0;
        if (p.Peek is 'T' or 't' || (p.Peek == ' ' && p.PeekDigitAt(1)))
        {
            p.Advance(1);
            if (!p.Digits(2, out hour))
                return false;
            var colon = p.Take(':');
            if (!p.Digits(2, out minute))
                return false;
            if ((colon ? p.Take(':') : p.PeekDigitAt(0)) && !p.Digits(2, out second))
                return false;
            if (p.Peek is '.' or ',')
            {
                p.Advance(1);
                if (!p.Fraction(out fraction))
                    return false;
            }
        }

        if (!TryParseIsoZone(ref p, out var offset))
            return false;
        return TryBuild(year, month, day, hour, minute, second, fraction, offset, out value);
    }

    /// <summary>Z, ±hh, ±hhmm, ±hh:mm, or UTC/GMT, optionally after a space; nothing at all means UTC.</summary>
    private static bool TryParseIsoZone(ref Cursor p, out int offsetMinutes)
    {
        offsetMinutes = 0;
        p.SkipSpaces();
        if (p.AtEnd)
            return true;
        if (p.Peek is 'Z' or 'z')
        {
            p.Advance(1);
        }
        else if (p.Peek is '+' or '-')
        {
            var sign = p.Peek == '-' ? -1 : 1;
            p.Advance(1);
            if (!p.Digits(2, out var hh))
                return false;
            var mm = 0;
            if (p.Take(':') ? !p.Digits(2, out mm) : p.PeekDigitAt(0) && !p.Digits(2, out mm))
                return false;
            offsetMinutes = sign * (hh * 60 + mm);
        }
        else if (p.TakeWord("UTC") || p.TakeWord("GMT") || p.TakeWord("UT"))
        {
        }
        else
        {
            return false;
        }
        p.SkipSpaces();
        return p.AtEnd;
    }

    /// <summary>A forward-only reader over the date text; a ref struct so it costs no allocation.</summary>
    private ref struct Cursor(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _s = text;
        private int _i;

        public readonly bool AtEnd => _i >= _s.Length;
        public readonly char Peek => _i < _s.Length ? _s[_i] : '\0';
        public readonly bool PeekDigitAt(int ahead) => _i + ahead < _s.Length && char.IsAsciiDigit(_s[_i + ahead]);
        public void Advance(int n) => _i += n;

        public bool Take(char c)
        {
            if (Peek != c)
                return false;
            _i++;
            return true;
        }

        public bool TakeWord(string word)
        {
            if (!_s[_i..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                return false;
            _i += word.Length;
            return true;
        }

        public void SkipSpaces()
        {
            while (_i < _s.Length && _s[_i] == ' ')
                _i++;
        }

        /// <summary>Exactly <paramref name="count"/> digits (the basic form runs fields together, so no look-ahead).</summary>
        public bool Digits(int count, out int value)
        {
            value = 0;
            if (_i + count > _s.Length || !IsDigits(_s.Slice(_i, count)))
                return false;
            value = ToInt(_s.Slice(_i, count));
            _i += count;
            return true;
        }

        /// <summary>Fractional seconds as ticks; digits beyond the 7th (100 ns) are read and dropped.</summary>
        public bool Fraction(out long ticks)
        {
            ticks = 0;
            var start = _i;
            long scale = TimeSpan.TicksPerSecond;
            while (_i < _s.Length && char.IsAsciiDigit(_s[_i]))
            {
                if (scale > 1)
                {
                    scale /= 10;
                    ticks += (_s[_i] - '0') * scale;
                }
                _i++;
            }
            return _i > start;
        }
    }
}
