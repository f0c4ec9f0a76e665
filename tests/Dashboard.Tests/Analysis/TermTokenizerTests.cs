using System.Globalization;
using System.Text;
using Dashboard.Analysis;

namespace Dashboard.Tests.Analysis;

public sealed class TermTokenizerTests
{
    [Fact]
    public void Tokenize_WireLabelAndPossessive_KeepsOnlyEventTerms()
    {
        Assert.Equal(["japan", "top", "foreign", "ministry", "official", "hold", "talk", "china", "envoy"],
            TermTokenizer.Tokenize("BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy"));
    }

    [Fact]
    public void Tokenize_HyphenatedAndCurlyQuotes_SplitsAndFolds()
    {
        Assert.Equal(["trump", "visit", "china"], TermTokenizer.Tokenize("Trump Says He’ll Visit China"));
        Assert.Equal(["china", "japan", "tie", "deteriorate"], TermTokenizer.Tokenize("China-Japan ties deteriorate"));
    }

    [Fact]
    public void Tokenize_CjkRun_GivesCharacterBigrams()
    {
        Assert.Equal(["新华", "华网"], TermTokenizer.Tokenize("新华网"));
    }

    [Theory]
    [InlineData("crisis", "crisis")]
    [InlineData("us", "us")]
    [InlineData("the", null)]
    [InlineData("policies", "policy")]
    [InlineData("talks", "talk")]
    [InlineData("press", "press")]
    [InlineData("presses", "press")]
    [InlineData("clashes", "clash")]
    [InlineData("taxes", "tax")]
    [InlineData("1990s", "1990s")]
    public void Fold_Word_GivesExpectedTerm(string word, string? expected) => Assert.Equal(expected, TermTokenizer.Fold(word));

    /// <summary>Fragments that exercise every branch of the tokenizer, alone and glued together at random.</summary>
    private static readonly string[] Fragments =
    [
        "BREAKING NEWS:", "Japan's", "top", "Foreign", "Ministry", "official", "holds", "talks", "with", "China’s", "envoy",
        "U.S.", "US-China", "1990s", "2024s", "it's", "don't", "can’t", "we'll", "they're", "I've", "he'd", "O'Brien",
        "rock'n'roll", "'tis", "'quoted'", "‘single’", "`back`", "''", "'", "’s", "n't", "policies", "presses", "clashes",
        "searches", "taxes", "crisis", "bus", "status", "flies", "ies", "lies", "sses", "boxes", "us", "is", "THE", "a",
        "ﬁnance", "ﬀ", "ǅemal", "Ｔｏｋｙｏ", "１２３ｓ", "ＡＢＣ’ｓ", "＇quoted＇", "ｶﾀｶﾅ", "新华网", "東京", "日本語のニュース",
        "中", "中-美", "关税", "한국어", "뉴스", "\u1100\u1161\u11A8", "café", "cafe\u0301", "İstanbul", "STRASSE", "straße", "ΣΟΦΙΑ",
        "①", "x²", "½", "٢٠٢٤s", "𝐀𝐁𝐂", "😀", "👍🏽", "—", "–", "-", "…", "\u00A0", "\u3000", "\t", "\n", "\r\n", "(AP)", "#tag",
        "@user", "e-mail", "3.5%", "$100m", "Urgent:", "LIVE", "Update", "Ü", "Ł", "ŉ", "Ǳ", "ǈ", "ﬃ", "㍻", "㈱",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "-", ", ", ". ", "’", "'", "\u3000", "/", ": "];

    public static TheoryData<string?> HandwrittenTexts() =>
    [
        null, "", " ", "   \t\n ", "'", "''", "’’", "'s", "a", "ab", "abc", "The the THE",
        "BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy",
        "Trump Says He’ll Visit China", "China-Japan ties deteriorate", "新华网", "新华网报道：中美贸易谈判",
        "Ｔｈｅ　ｆｕｌｌ－ｗｉｄｔｈ　ｐｏｌｉｃｉｅｓ　１９９０ｓ", "ﬁnancial ﬁrms’ ﬁnes", "U.S. forces' base near 'Kyiv'",
        "It's the 1990s' rock'n'roll, isn't it?", "서울 한국어 뉴스 속보", "東京(とうきょう)のニュース", "😀 emoji 👍🏽 tests",
        "x, x", "o'brien's dogs'", "abc新华def", "新a华", "Ａ新", "٢٠٢٤s", "𝐏𝐨𝐥𝐢𝐜𝐢𝐞𝐬",
    ];

    [Theory]
    [MemberData(nameof(HandwrittenTexts))]
    public void Tokenize_HandwrittenText_SameTermsAsReference(string? text) =>
        Assert.Equal(ReferenceTermTokenizer.Tokenize(text), TermTokenizer.Tokenize(text));

    [Fact]
    public void Tokenize_GeneratedTexts_SameTermsAsReference()
    {
        var random = new Random(20260101);
        var mismatches = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder();
            var count = random.Next(15);
            for (var f = 0; f < count; f++)
                text.Append(Fragments[random.Next(Fragments.Length)]).Append(Separators[random.Next(Separators.Length)]);
            var input = text.ToString();
            var expected = ReferenceTermTokenizer.Tokenize(input);
            var actual = TermTokenizer.Tokenize(input);
            if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
                mismatches.Add($"{input} → [{string.Join('|', expected)}] vs [{string.Join('|', actual)}]");
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Fold_Words_SameAsReference()
    {
        string[] words =
        [
            "", "'", "''", "'s", "s", "ss", "'tis'", "o'brien's", "don't", "can't", "isn't", "we'll", "they're", "i've", "he'd",
            "it's", "flies", "ies", "sies", "policies'", "boxes", "xes", "abc'", "a'b'c", "1990s", "٢٠٢٤s", "us's", "THE", "Talks",
        ];
        // Every stop word of the reference, and near misses of each (one letter more or less, a plural).
        var stopWords = (HashSet<string>)typeof(ReferenceTermTokenizer)
            .GetField("StopWords", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var nearMisses = stopWords.SelectMany(w => new[] { w, w + "s", w + "e", w[..^1], "x" + w, w.ToUpperInvariant() });
        foreach (var word in words.Concat(Fragments).Concat(nearMisses))
            Assert.Equal(ReferenceTermTokenizer.Fold(word), TermTokenizer.Fold(word));
    }
}

/// <summary>
/// The tokenizer as it was before the span rewrite, copied verbatim: the reference the equivalence tests compare
/// <see cref="TermTokenizer"/> (and <see cref="DistinctiveTermsTests"/> compare DistinctiveTerms) against.
/// </summary>
internal static class ReferenceTermTokenizer
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
