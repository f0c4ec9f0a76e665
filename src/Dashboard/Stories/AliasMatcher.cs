using System.Globalization;

namespace Dashboard.Stories;

/// <summary>
/// Finds configured entities in a headline by any of their names. A name in a script without spaces between words
/// (Chinese, Japanese) matches anywhere; any other name only as whole words, so "Xi" is not found in "Xinjiang".
/// </summary>
internal sealed class AliasMatcher(IReadOnlyList<StoryAlias> aliases)
{
    /// <summary>The term an entity adds: a prefix no tokenizer output has, so it never collides with a word.</summary>
    public const string TermPrefix = "@";

    private readonly (string Term, string Name, bool Anywhere)[] _names = aliases
        .SelectMany(a => a.Names.Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => (TermPrefix + a.Entity.Trim().ToLowerInvariant(), n.Trim(), n.Trim().Any(IsUnspaced))))
        .ToArray();

    public IEnumerable<string> Entities(string text)
    {
        if (_names.Length == 0 || string.IsNullOrEmpty(text)) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, name, anywhere) in _names)
            if (!seen.Contains(term) && Contains(text, name, anywhere) && seen.Add(term))
                yield return term;
    }

    private static bool Contains(string text, string name, bool anywhere)
    {
        // An all-capitals name (US, UN) is an acronym: "us" or "Us" is another word.
        var comparison = name.Any(char.IsLower) || !name.Any(char.IsUpper) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
        {
            if (anywhere) return true;
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])
                // Korean attaches particles to names (시진핑은, 시진핑과): a Hangul name may be followed by Hangul.
                || IsHangul(name[^1]) && IsHangul(text[end])))
                return true;
        }
        return false;
    }

    private static bool IsUnspaced(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && !IsHangul(c) && c > '\u2E80';

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF';
}
