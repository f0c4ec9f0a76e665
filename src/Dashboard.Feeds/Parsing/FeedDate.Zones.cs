namespace Dashboard.Feeds.Parsing;

public static partial class FeedDate
{
    /// <summary>
    /// Zone abbreviations: RFC 822's own (UT, GMT, the US zones), the ones news sites commonly emit, and
    /// single military letters. Ambiguous abbreviations (IST, CST-China) are deliberately absent: an
    /// unknown zone makes the whole date unknown rather than silently hours off.
    /// </summary>
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5 * 60, ["EDT"] = -4 * 60, ["CST"] = -6 * 60, ["CDT"] = -5 * 60,
        ["MST"] = -7 * 60, ["MDT"] = -6 * 60, ["PST"] = -8 * 60, ["PDT"] = -7 * 60,
        ["AKST"] = -9 * 60, ["AKDT"] = -8 * 60, ["HST"] = -10 * 60, ["AST"] = -4 * 60, ["ADT"] = -3 * 60,
        ["NST"] = -(3 * 60 + 30), ["NDT"] = -(2 * 60 + 30),
        ["BST"] = 60, ["WEST"] = 60, ["CET"] = 60, ["CEST"] = 2 * 60, ["MET"] = 60, ["MEST"] = 2 * 60,
        ["EET"] = 2 * 60, ["EEST"] = 3 * 60, ["MSK"] = 3 * 60,
        ["HKT"] = 8 * 60, ["SGT"] = 8 * 60, ["AWST"] = 8 * 60, ["JST"] = 9 * 60, ["KST"] = 9 * 60,
        ["ACST"] = 9 * 60 + 30, ["AEST"] = 10 * 60, ["AEDT"] = 11 * 60, ["NZST"] = 12 * 60, ["NZDT"] = 13 * 60,
    };

    private static bool TryNamedZone(ReadOnlySpan<char> word, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (word.Length == 1)
            return TryMilitaryZone(char.ToUpperInvariant(word[0]), out offsetMinutes);
        return NamedZones.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out offsetMinutes);
    }

    /// <summary>
    /// Nautical letters as RFC 1123 §5.2.14 corrects them (A = +1 … M = +12, N = −1 … Y = −12, Z = 0);
    /// RFC 822 printed the signs reversed. J is not a zone.
    /// </summary>
    private static bool TryMilitaryZone(char letter, out int offsetMinutes)
    {
        offsetMinutes = letter switch
        {
            'Z' => 0,
            >= 'A' and <= 'I' => (letter - 'A' + 1) * 60,
            >= 'K' and <= 'M' => (letter - 'K' + 10) * 60,
            >= 'N' and <= 'Y' => -(letter - 'N' + 1) * 60,
            _ => int.MinValue,
        };
        return offsetMinutes != int.MinValue;
    }
}
