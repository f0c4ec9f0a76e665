using System.Buffers;
using System.Text;

namespace Dashboard.Analysis;

/// <summary>The tokenizer's scanner: words as spans over a pooled buffer, so counting terms allocates nothing per word.</summary>
public static partial class TermTokenizer
{
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
