using System.Globalization;

namespace Dashboard.Digest;

/// <summary>
/// A digest's day as addresses give it (yyyy-MM-dd), within the years a digest can be computed for: outside them the
/// day's window (and its neighbours' links) cannot be represented, so such a day is a bad address, not a server error.
/// </summary>
public static class DigestDay
{
    public static readonly DateOnly Earliest = new(1970, 1, 1);
    public static readonly DateOnly Latest = new(9998, 12, 31);

    /// <summary>The day, or null with <paramref name="error"/> saying why (not a date, or out of range).</summary>
    public static DateOnly? Parse(string text, out string? error)
    {
        error = null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            error = $"the date must be yyyy-MM-dd, got '{text}'";
        else if (day < Earliest || day > Latest)
            error = $"the date {text} is out of range ({Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd})";
        return error is null ? day : null;
    }
}
