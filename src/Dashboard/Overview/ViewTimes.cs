using System.Globalization;

namespace Dashboard.Overview;

/// <summary>The UTC instants of frozen links: ISO-8601 with an explicit zone, written with "Z".</summary>
internal static class ViewTimes
{
    public const string Example = "2025-11-24T08:00:00Z";

    // A zone is required: a time without one would mean different instants to different readers.
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
    ];

    /// <summary>The instant as UTC, or null when it is not such a time or lies before 1970 (times are stored as Unix ms).</summary>
    public static DateTime? Parse(string text) =>
        DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) && value >= DateTime.UnixEpoch
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;

    /// <summary>Whole seconds print as "2025-11-24T08:00:00Z"; sub-second digits only when present, so parsing gives the same instant back.</summary>
    public static string Format(DateTime utc) =>
        (utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
