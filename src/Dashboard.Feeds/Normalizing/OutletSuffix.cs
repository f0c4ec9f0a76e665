namespace Dashboard.Feeds.Normalizing;

/// <summary>
/// Google News appends the outlet to every headline: "Xi talks with Trump over phone - China Daily".
/// The suffix is split off only when it is certainly the outlet, so that headlines which merely
/// contain " - " ("Ne Zha-Transformers …", "Live - Day 3") stay whole.
/// </summary>
internal static class OutletSuffix
{
    private const string Separator = " - ";

    /// <summary>
    /// (headline, outlet suffix). Split at the last " - " when the suffix equals the &lt;source&gt; name, or,
    /// in a Google News feed without &lt;source&gt;, unconditionally.
    /// </summary>
    public static (string? Headline, string? Suffix) Split(string? title, string? sourceName, bool googleNews)
    {
        if (title is null)
            return (null, null);
        var at = title.LastIndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0)
            return (title, null);
        var headline = title[..at].TrimEnd();
        var suffix = title[(at + Separator.Length)..].Trim();
        if (headline.Length == 0 || suffix.Length == 0)
            return (title, null);
        if (sourceName is not null)
            return string.Equals(suffix, sourceName, StringComparison.OrdinalIgnoreCase) ? (headline, suffix) : (title, null);
        return googleNews ? (headline, suffix) : (title, null);
    }
}
