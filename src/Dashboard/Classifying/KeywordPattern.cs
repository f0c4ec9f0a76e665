using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Classifying;

/// <summary>
/// Turns one keyword phrase into a regular expression fragment:
/// whole words/phrases (letters, digits and marks of any script count as word characters), so "China"
/// does not match "Chinatown"; spaces and dashes in a phrase match any run of spaces or dashes, so
/// "US-China" matches "US–China" and "US China"; straight and curly apostrophes are the same;
/// an all-capitals word of two or more letters ("US", "U.S.", "PLA") matches case-sensitively, so
/// "US" is not the pronoun "us"; phrases with CJK characters match as substrings, since those
/// scripts do not separate words with spaces.
/// </summary>
internal static class KeywordPattern
{
    private const string WordCharacter = @"[\p{L}\p{N}\p{M}]";
    private const string Separator = @"[\s\-\u2010\u2011\u2012\u2013\u2014]+";

    public static string For(string phrase)
    {
        var body = new StringBuilder();
        foreach (var (token, last) in Tokens(phrase.Trim()))
        {
            var escaped = Escape(token);
            body.Append(IsAcronym(token) ? $"(?-i:{escaped})" : escaped);
            if (!last)
                body.Append(Separator);
        }
        return ContainsCjk(phrase) ? body.ToString() : $"(?<!{WordCharacter}){body}(?!{WordCharacter})";
    }

    private static IEnumerable<(string Token, bool Last)> Tokens(string phrase)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in phrase)
        {
            if (!char.IsWhiteSpace(c) && !IsDash(c))
                current.Append(c);
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            tokens.Add(current.ToString());
        for (var i = 0; i < tokens.Count; i++)
            yield return (tokens[i], i == tokens.Count - 1);
    }

    private static string Escape(string token)
    {
        var escaped = new StringBuilder();
        foreach (var c in token)
            escaped.Append(c is '\'' or '\u2019' ? "['\u2019]" : Regex.Escape(c.ToString()));
        return escaped.ToString();
    }

    private static bool IsDash(char c) => c is '-' or (>= '\u2010' and <= '\u2014');

    private static bool IsAcronym(string token) =>
        token.Count(char.IsLetter) >= 2 && token.Where(char.IsLetter).All(char.IsUpper);

    private static bool ContainsCjk(string phrase) => phrase.Any(c =>
        c is (>= '\u3040' and <= '\u30ff')      // Hiragana, Katakana
            or (>= '\u3400' and <= '\u4dbf')    // CJK extension A
            or (>= '\u4e00' and <= '\u9fff')    // CJK unified ideographs
            or (>= '\uf900' and <= '\ufaff')    // CJK compatibility ideographs
            or (>= '\u1100' and <= '\u11ff')    // Hangul jamo
            or (>= '\u3130' and <= '\u318f')    // Hangul compatibility jamo
            or (>= '\uac00' and <= '\ud7af'));  // Hangul syllables
}
