using System.Buffers;
using System.Collections.Frozen;
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

    /// <summary>The result of <see cref="Words"/>: each <c>foreach</c> gets its own enumerator and buffer.</summary>
    internal readonly struct WordSpans(string? text)
    {
        public WordEnumerator GetEnumerator() => new(text);
    }

    /// <summary>
    /// One word as read from the text: a lower-cased run of letters, digits and apostrophes, or a CJK character
    /// bigram (or lone character), which is a term as it is. Valid until the enumerator moves on.
    /// </summary>
    internal readonly ref struct Word
    {
        private readonly Span<char> _letters; // the lower-cased word, in the enumerator's buffer; empty for CJK
        private readonly bool _hasApostrophe;

        internal Word(Span<char> letters, bool hasApostrophe)
        {
            _letters = letters;
            _hasApostrophe = hasApostrophe;
            Text = letters;
        }

        internal Word(ReadOnlySpan<char> cjk) => Text = cjk;

        /// <summary>The word as read (lower-cased).</summary>
        public ReadOnlySpan<char> Text { get; }

        /// <summary>The term the word gives, empty when it is dropped. Folds in place over <see cref="Text"/>: call once.</summary>
        public ReadOnlySpan<char> Fold() => _letters.IsEmpty ? Text : TermTokenizer.Fold(_letters, _hasApostrophe);
    }

    /// <summary>
    /// Walks the FormKC-normalized text once. A maximal run of CJK characters gives its character bigrams (a lone
    /// character gives itself), sliced straight from the text. A word starts at any other letter or digit and runs
    /// on over letters, digits and apostrophes (’ ‘ ` count as '); it is lower-cased into a pooled buffer.
    /// Anything else separates. <c>foreach</c> disposes it, returning the buffer.
    /// </summary>
    internal ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private char[]? _buffer;
        private int _position;
        private int _bigram;    // start of the next bigram of the current CJK run
        private int _cjkEnd;    // end of the current CJK run

        internal WordEnumerator(string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            // Normalize allocates a copy; already-normalized text (all ASCII text, most text) is read as it is.
            _text = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
            _buffer = ArrayPool<char>.Shared.Rent(_text.Length);
        }

        public Word Current { get; private set; }

        public bool MoveNext()
        {
            if (_bigram + 1 < _cjkEnd)
            {
                Current = new Word(_text.Slice(_bigram++, 2));
                return true;
            }
            // Locals rather than fields in the loops: the JIT keeps them in registers.
            var text = _text;
            var position = _position;
            while (position < text.Length)
            {
                var c = text[position];
                if (IsCjk(c))
                {
                    var start = position;
                    while (++position < text.Length && IsCjk(text[position])) { }
                    (_bigram, _cjkEnd, _position) = (start + 1, position, position);
                    Current = new Word(text.Slice(start, Math.Min(2, position - start)));
                    return true;
                }
                if (!char.IsLetterOrDigit(c))
                {
                    position++;
                    continue;
                }
                var word = _buffer.AsSpan();
                var length = 0;
                var hasApostrophe = false;
                for (; position < text.Length; position++)
                {
                    // ASCII first, as most text is: a letter or digit goes in lower-cased (setting bit 0x20 lower-cases
                    // a letter and leaves a digit as it is), any other ASCII character but ' and ` ends the word.
                    c = text[position];
                    if (char.IsAsciiLetterOrDigit(c)) word[length++] = (char)(c | 0x20);
                    else if (c is '\'' or '’' or '‘' or '`') (word[length++], hasApostrophe) = ('\'', true);
                    else if (char.IsAscii(c) || IsCjk(c) || !char.IsLetterOrDigit(c)) break;
                    else word[length++] = char.ToLowerInvariant(c); // a non-ASCII letter or digit
                }
                _position = position;
                Current = new Word(word[..length], hasApostrophe);
                return true;
            }
            _position = position;
            return false;
        }

        public void Dispose()
        {
            if (_buffer is not null) ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
