namespace Dashboard.Overview;

/// <summary>
/// The search text rule, shared by SQL and the in-memory match so both always agree: a substring of the title
/// or the snippet, case-insensitive for A–Z only. That is SQLite's own lower() (no ICU here); folding more in
/// memory than in SQL would show a pushed article that a reload then hides. CJK text has no case anyway.
/// </summary>
internal static class TextQuery
{
    /// <summary>Trigrams a search asks the index for; more only narrow the candidates, which are confirmed anyway.</summary>
    private const int MaxTrigrams = 8;

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

    /// <summary>
    /// An FTS5 query for the ArticleSearch trigram index (see OverviewIndex) that every article containing
    /// <paramref name="needle"/> matches: some of the needle's trigrams, ANDed. Null when the needle has fewer than three
    /// characters (code points), which a trigram index cannot look up. A hit is a candidate, not a match: the index has
    /// no positions, so callers confirm with the instr rule.
    /// </summary>
    public static string? SearchMatch(string needle)
    {
        // Code points, as SQLite's trigram tokenizer counts them; a lone surrogate reaches SQLite as U+FFFD, as here.
        var runes = needle.EnumerateRunes().Select(r => r.ToString()).ToArray();
        if (runes.Length < 3) return null;
        var starts = Enumerable.Range(0, runes.Length - 2).ToList();
        if (starts.Count > MaxTrigrams)
            starts = Enumerable.Range(0, MaxTrigrams).Select(i => (int)((long)i * (starts.Count - 1) / (MaxTrigrams - 1))).ToList();
        var terms = starts.Select(i => string.Concat(runes[i], runes[i + 1], runes[i + 2])).Distinct(StringComparer.Ordinal)
            .Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return string.Join(' ', terms);
    }
}
