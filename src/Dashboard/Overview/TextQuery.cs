namespace Dashboard.Overview;

/// <summary>
/// The search text rule, shared by SQL and the in-memory match so both always agree: a substring of the title
/// or the snippet, case-insensitive for A–Z only. That is SQLite's own lower() (no ICU here); folding more in
/// memory than in SQL would show a pushed article that a reload then hides. CJK text has no case anyway.
/// </summary>
internal static class TextQuery
{
    /// <summary>The folded needle, or null when the view has no search text.</summary>
    public static string? Needle(string? query) => string.IsNullOrWhiteSpace(query) ? null : FoldAscii(query.Trim());

    public static bool Matches(string needle, string title, string? snippet) =>
        FoldAscii(title).Contains(needle, StringComparison.Ordinal)
        || (snippet is not null && FoldAscii(snippet).Contains(needle, StringComparison.Ordinal));

    public static string FoldAscii(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
    });
}
