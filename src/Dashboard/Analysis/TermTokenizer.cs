using System.Collections.Frozen;
using System.Globalization;

namespace Dashboard.Analysis;

/// <summary>
/// Turns headlines and snippets into comparable terms for story clustering and distinctive terms:
/// lower-case, split on anything that is not a letter or digit (so "US-China" is "us" + "china"),
/// possessive "'s" dropped, English stop words and wire-service labels ("BREAKING NEWS:", "Urgent:") dropped,
/// and plurals folded ("talks" → "talk") so two outlets' wordings meet. CJK runs become character bigrams,
/// because they carry no spaces to split on.
/// </summary>
public static partial class TermTokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "against", "all", "also", "am", "amid", "among", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during",
        "each", "for", "from", "further", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "just", "may", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "upon", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "whom", "why", "will", "with", "would", "you", "your", "new", "s", "t",
        // Labels outlets and wires prefix to headlines: they say nothing about the event.
        "breaking", "news", "urgent", "developing", "update", "updated", "live", "exclusive", "analysis", "opinion", "video", "watch",
    };

    // Looked up on spans, so no string is made for a word that is then dropped; frozen because the lookup runs for
    // every word and a frozen set picks a faster hash for a fixed set of short strings.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Contractions = ["'s", "'ll", "'re", "'ve", "'d", "n't"];

    /// <summary>The terms of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Tokenize(string? text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
            if (word.Fold() is { IsEmpty: false } term) terms.Add(term.ToString());
        return terms;
    }

    /// <summary>
    /// The words of <paramref name="text"/> before folding: <see cref="Tokenize"/> is the non-empty
    /// <see cref="Word.Fold"/> of each, in order. For callers that count terms: a word always folds to the same term,
    /// so they can fold each distinct word once, and they need no string per occurrence.
    /// </summary>
    internal static WordSpans Words(string? text) => new(text);

    /// <summary>Folds one lower-case word the way <see cref="Tokenize"/> does; null when it is a stop word.</summary>
    public static string? Fold(string word)
    {
        var term = Fold(word.ToCharArray(), word.Contains('\''));
        return term.IsEmpty ? null : term.ToString();
    }

    /// <summary>
    /// <see cref="Fold(string)"/> in place: the folded term as a slice of <paramref name="w"/> (whose characters it
    /// may overwrite), empty when the word is dropped. A kept term always has at least two characters.
    /// Trimming, contractions and squeezing all need an apostrophe, which most words lack: the caller says.
    /// </summary>
    private static Span<char> Fold(Span<char> w, bool hasApostrophe)
    {
        if (hasApostrophe)
        {
            w = w.Trim('\'');
            foreach (var suffix in Contractions)
                if (((ReadOnlySpan<char>)w).EndsWith(suffix, StringComparison.Ordinal)) { w = w[..^suffix.Length]; break; }
            // "o'brien" → "obrien": squeeze the remaining apostrophes out.
            var kept = 0;
            foreach (var c in w)
                if (c != '\'') w[kept++] = c;
            w = w[..kept];
        }
        if (w.Length < 2 || StopWordSpans.Contains(w)) return [];
        return Singular(w);
    }

    private static Span<char> Singular(Span<char> w)
    {
        if (w.Length <= 3 || w[^1] != 's' || char.IsDigit(w[0])) return w;
        if (w[^2..] is "ss" or "us" or "is") return w;
        if (w[^3..] is "ies" && w.Length > 4)
        {
            w[^3] = 'y';
            return w[..^2];
        }
        // "presses", "clashes", "searches", "taxes": the plural adds "es", and dropping only the "s" would leave
        // "presse", which never meets the singular.
        if (w[^4..] is "sses" or "shes" or "ches" || w[^3..] is "xes") return w[..^2];
        return w[..^1];
    }

    // The ranges first: they rule out Latin text without the category lookup.
    private static bool IsCjk(char c) => (c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uf900' and <= '\ufaff')
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
