using System.Buffers;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Text;

/// <summary>
/// A single-pass HTML-to-text converter for the plain, well-behaved markup that makes up nearly all
/// feed text (Google News' &lt;a&gt;…&lt;/a&gt;&amp;nbsp;&lt;font&gt;…&lt;/font&gt;, paragraphs, links, emphasis).
/// Building an AngleSharp DOM costs ~30 µs per description, which dominated parse time. Anything whose
/// text the HTML5 algorithm could treat differently (comments, raw-text elements, tables, legacy
/// entities without ';', odd numeric references) makes <see cref="TryToText"/> return false, and the
/// caller falls back to AngleSharp. The two paths give the same text; the one known difference is a
/// word break at a stray end tag such as "a&lt;/div&gt;b" ("a b" here, "ab" from the DOM), which errs
/// on the side of not gluing words together.
/// </summary>
internal static class SimpleHtml
{
    /// <summary>Tags after which the fast path is not exact: raw text, dropped content, or tree-fixing rules.</summary>
    private static readonly HashSet<string> Unsafe = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "noembed", "noframes", "object", "head", "select",
        "textarea", "title", "xmp", "plaintext", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "caption", "colgroup", "col", "html", "body", "frameset", "frame", "math", "svg", "image", "listing",
    };

    /// <summary>Must match the word-breaking set of the DOM walker in <see cref="HtmlText"/>.</summary>
    internal static readonly HashSet<string> Breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "aside", "nav", "figure",
        "figcaption", "img", "address", "main", "caption", "summary", "details",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnsafeLookup = Unsafe.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakingLookup = Breaking.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The text of <paramref name="html"/>, already whitespace-collapsed, or false when the input needs
    /// the full HTML5 parser. The output is never longer than the input (every tag and reference
    /// shrinks), so one pooled buffer of the input's size suffices.
    /// </summary>
    public static bool TryToText(string html, out string text)
    {
        text = "";
        if (html.Contains('\0'))
            return false; // NUL handling differs per tokenizer state
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var writer = new CollapsingWriter(buffer);
            var i = 0;
            while (i < html.Length)
            {
                var special = html.AsSpan(i).IndexOfAny('<', '&');
                if (special < 0)
                {
                    writer.Append(html.AsSpan(i));
                    break;
                }
                writer.Append(html.AsSpan(i, special));
                i += special;
                var ok = html[i] == '&' ? TryEntity(html, ref i, ref writer) : TryTag(html, ref i, ref writer);
                if (!ok)
                    return false;
            }
            text = writer.ToString();
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryTag(string html, ref int i, ref CollapsingWriter sb)
    {
        var nameStart = i + 1;
        if (nameStart < html.Length && html[nameStart] == '/')
        {
            nameStart++;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
                return false; // "</ ", "</>": bogus comments and other tokenizer corners
        }
        else if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            if (nameStart < html.Length && html[nameStart] is '!' or '?')
                return false; // comments, DOCTYPE, CDATA, bogus comments
            sb.Append('<'); // "a < b": a '<' not starting a tag is text in HTML
            i++;
            return true;
        }
        var nameEnd = nameStart;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            nameEnd++;
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (nameEnd < html.Length && !(IsHtmlSpace(html[nameEnd]) || html[nameEnd] is '>' or '/'))
            return false; // unusual tag name characters ("<a:b>", "<x-y>"): let the real tokenizer decide
        if (UnsafeLookup.Contains(name))
            return false;
        var end = TagEnd(html, nameEnd);
        if (end < 0)
            return false;
        if (BreakingLookup.Contains(name))
            sb.Break();
        i = end + 1;
        return true;
    }

    /// <summary>
    /// Index of the '&gt;' closing a tag, following the HTML5 tokenizer's attribute states closely enough
    /// that quotes are honoured exactly where it honours them; -1 when the tag is unterminated.
    /// </summary>
    private static int TagEnd(string html, int i)
    {
        var n = html.Length;
        while (true)
        {
            while (i < n && (IsHtmlSpace(html[i]) || html[i] == '/'))
                i++; // before attribute name
            if (i >= n)
                return -1;
            if (html[i] == '>')
                return i;
            i++; // the first character of a name may be anything, even '=' or a quote
            while (i < n && !IsHtmlSpace(html[i]) && html[i] is not ('/' or '>' or '='))
                i++;
            while (i < n && IsHtmlSpace(html[i]))
                i++; // after attribute name
            if (i >= n || html[i] != '=')
                continue;
            i++;
            while (i < n && IsHtmlSpace(html[i]))
                i++; // before attribute value
            if (i >= n)
                return -1;
            if (html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                    return -1;
                i = close + 1;
                continue;
            }
            while (i < n && !IsHtmlSpace(html[i]) && html[i] != '>')
                i++; // unquoted value: quotes inside it are plain characters
        }
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>Decodes "&amp;name;" (HTML 4 names) and plain numeric references; false for anything HTML5 treats specially.</summary>
    private static bool TryEntity(string html, ref int i, ref CollapsingWriter sb)
    {
        var j = i + 1;
        if (j >= html.Length || !(char.IsAsciiLetterOrDigit(html[j]) || html[j] == '#'))
        {
            sb.Append('&'); // "AT & T": not a reference
            i++;
            return true;
        }
        if (html[j] == '#')
            return TryNumeric(html, ref i, ref sb);
        while (j < html.Length && j - i <= 32 && char.IsAsciiLetterOrDigit(html[j]))
            j++;
        if (j >= html.Length || html[j] != ';')
            return false; // legacy entities without ';' ("&copy2024") follow HTML5's prefix rules
        if (!HtmlEntityTable.BySpan.TryGetValue(html.AsSpan(i + 1, j - i - 1), out var codePoint))
            return false; // an HTML5-only name, or none: AngleSharp knows the full table
        sb.Append((char)codePoint); // every HTML 4 entity is in the BMP
        i = j + 1;
        return true;
    }

    private static bool TryNumeric(string html, ref int i, ref CollapsingWriter sb)
    {
        var j = i + 2;
        var hex = j < html.Length && html[j] is 'x' or 'X';
        if (hex)
            j++;
        var start = j;
        var value = 0;
        while (j < html.Length && j - start < 7 && (hex ? char.IsAsciiHexDigit(html[j]) : char.IsAsciiDigit(html[j])))
        {
            var c = html[j];
            value = value * (hex ? 16 : 10) + (char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
            j++;
        }
        if (j == start || j >= html.Length || html[j] != ';')
            return false;
        // 0, C1 controls (remapped to Windows-1252 by HTML5), surrogates and out-of-range values are special-cased.
        if (value is 0 or (>= 0x80 and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF)
            return false;
        if (value <= char.MaxValue)
            sb.Append((char)value);
        else
            sb.Append(char.ConvertFromUtf32(value).AsSpan()); // a surrogate pair: 2 chars from at least 8
        i = j + 1;
        return true;
    }
}
