using System.Globalization;
using System.Text;

namespace Dashboard.Analysis;

/// <summary>
/// Turns headlines and snippets into comparable terms for story clustering and distinctive terms:
/// lower-case, split on anything that is not a letter or digit (so "US-China" is "us" + "china"),
/// possessive "'s" dropped, English stop words and wire-service labels ("BREAKING NEWS:", "Urgent:") dropped,
/// and plurals folded ("talks" → "talk") so two outlets' wordings meet. CJK runs become character bigrams,
/// because they carry no spaces to split on.
/// </summary>
public static class TermTokenizer
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

    private static readonly string[] Contractions = ["'s", "'ll", "'re", "'ve", "'d", "n't"];

    /// <summary>The terms of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Tokenize(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text)) return terms;
        var word = new StringBuilder();
        var cjk = new StringBuilder();
        foreach (var raw in text.Normalize(NormalizationForm.FormKC))
        {
            var c = raw is '’' or '‘' or '`' ? '\'' : raw;
            if (IsCjk(c))
            {
                Flush(word, terms);
                cjk.Append(c);
                continue;
            }
            FlushCjk(cjk, terms);
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (c == '\'' && word.Length > 0) word.Append(c);
            else Flush(word, terms);
        }
        Flush(word, terms);
        FlushCjk(cjk, terms);
        return terms;
    }

    /// <summary>Folds one lower-case word the way <see cref="Tokenize"/> does; null when it is a stop word.</summary>
    public static string? Fold(string word)
    {
        var w = word.Trim('\'');
        foreach (var suffix in Contractions)
            if (w.EndsWith(suffix, StringComparison.Ordinal)) { w = w[..^suffix.Length]; break; }
        w = w.Replace("'", "", StringComparison.Ordinal);
        if (w.Length < 2 || StopWords.Contains(w)) return null;
        return Singular(w);
    }

    private static string Singular(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || char.IsDigit(w[0])) return w;
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        // "presses", "clashes", "searches", "taxes": the plural adds "es", and dropping only the "s" would leave
        // "presse", which never meets the singular.
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) return w[..^2];
        return w[..^1];
    }

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0) return;
        if (Fold(word.ToString()) is { } term) terms.Add(term);
        word.Clear();
    }

    private static void FlushCjk(StringBuilder run, List<string> terms)
    {
        if (run.Length == 0) return;
        if (run.Length == 1) terms.Add(run.ToString());
        for (var i = 0; i + 1 < run.Length; i++) terms.Add(run.ToString(i, 2));
        run.Clear();
    }

    private static bool IsCjk(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter
        && (c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uf900' and <= '\ufaff');
}
