using System.Text;

namespace Dashboard.Feeds.Parsing;

/// <summary>
/// A pre-pass that makes the commonest ill-formedness of real feeds well-formed before the XML reader
/// sees it: HTML named entities XML does not know (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>) become numeric
/// references, and a bare '&amp;' (<c>AT&amp;T</c>, <c>?a=1&amp;b=2</c>) becomes <c>&amp;amp;</c>. CDATA, comments,
/// processing instructions and the DOCTYPE are left alone, and entities the DOCTYPE declares are kept.
/// The scan is vectorised (IndexOfAny) and returns the same string instance when nothing needed fixing.
/// </summary>
internal static class EntityRepair
{
    private static readonly string[] XmlPredefined = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string xml)
    {
        StringBuilder? output = null;
        HashSet<string>? declared = null;
        var copied = 0; // xml[..copied] has been appended to output (when output exists)
        var i = 0;
        while (true)
        {
            var next = xml.AsSpan(i).IndexOfAny('&', '<');
            if (next < 0)
                break;
            i += next;
            if (xml[i] == '<')
            {
                i = SkipMarkupDeclaration(xml, i, ref declared);
                continue;
            }
            var length = ReferenceLength(xml, i, declared, out var replacement);
            if (replacement is null)
            {
                i += length;
                continue;
            }
            output ??= new StringBuilder(xml.Length + 64);
            output.Append(xml, copied, i - copied).Append(replacement);
            i += length;
            copied = i;
        }
        if (output is null)
            return xml;
        return output.Append(xml, copied, xml.Length - copied).ToString();
    }

    /// <summary>Past a CDATA section, comment, PI or DOCTYPE starting at <paramref name="i"/>; past '&lt;' otherwise.</summary>
    private static int SkipMarkupDeclaration(string xml, int i, ref HashSet<string>? declared)
    {
        var rest = xml.AsSpan(i);
        if (rest.StartsWith("<![CDATA["))
            return SkipPast(xml, i, "]]>");
        if (rest.StartsWith("<!--"))
            return SkipPast(xml, i + 4, "-->");
        if (rest.StartsWith("<?"))
            return SkipPast(xml, i, "?>");
        if (rest.StartsWith("<!DOCTYPE"))
            return SkipDoctype(xml, i, ref declared);
        return i + 1;
    }

    private static int SkipPast(string xml, int from, string terminator)
    {
        var at = xml.AsSpan(from).IndexOf(terminator, StringComparison.Ordinal);
        return at < 0 ? xml.Length : from + at + terminator.Length;
    }

    /// <summary>Skips the DOCTYPE, remembering the names of entities declared in its internal subset.</summary>
    private static int SkipDoctype(string xml, int i, ref HashSet<string>? declared)
    {
        var close = xml.AsSpan(i).IndexOfAny('[', '>');
        if (close < 0)
            return xml.Length;
        if (xml[i + close] == '>')
            return i + close + 1;
        var subsetStart = i + close + 1;
        var subsetEnd = xml.IndexOf("]", subsetStart, StringComparison.Ordinal);
        if (subsetEnd < 0)
            return xml.Length;
        var subset = xml.AsSpan(subsetStart, subsetEnd - subsetStart);
        for (var at = subset.IndexOf("<!ENTITY"); at >= 0; at = NextEntity(subset, at))
        {
            var name = subset[(at + "<!ENTITY".Length)..].TrimStart().TrimStart('%').TrimStart();
            var end = 0;
            while (end < name.Length && !char.IsWhiteSpace(name[end]))
                end++;
            (declared ??= new HashSet<string>(StringComparer.Ordinal)).Add(name[..end].ToString());
        }
        return SkipPast(xml, subsetEnd, ">");

        static int NextEntity(ReadOnlySpan<char> s, int at)
        {
            var next = s[(at + 1)..].IndexOf("<!ENTITY");
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>
    /// The length of the reference at <paramref name="i"/> ('&amp;' included) and, when it must change,
    /// its replacement text; null replacement means it is valid XML as it stands.
    /// </summary>
    private static int ReferenceLength(string xml, int i, HashSet<string>? declared, out string? replacement)
    {
        replacement = null;
        var j = i + 1;
        if (j < xml.Length && xml[j] == '#')
            return NumericReferenceLength(xml, i, out replacement);

        while (j < xml.Length && j - i <= 32 && (char.IsAsciiLetterOrDigit(xml[j]) || xml[j] is '_' or '-' or '.' || (xml[j] == ':' && j > i + 1)))
            j++;
        if (j == i + 1 || j >= xml.Length || xml[j] != ';' || (!char.IsAsciiLetter(xml[i + 1]) && xml[i + 1] != '_'))
        {
            replacement = "&amp;"; // a bare ampersand
            return 1;
        }
        var name = xml.AsSpan(i + 1, j - i - 1);
        foreach (var predefined in XmlPredefined)
            if (name.SequenceEqual(predefined))
                return j - i + 1;
        if (declared is not null && declared.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            return j - i + 1;
        if (HtmlEntityTable.BySpan.TryGetValue(name, out var codePoint))
        {
            replacement = $"&#{codePoint};";
            return j - i + 1;
        }
        replacement = "&amp;"; // unknown name: keep it visible as literal text rather than fail the feed
        return 1;
    }

    private static int NumericReferenceLength(string xml, int i, out string? replacement)
    {
        replacement = null;
        var j = i + 2;
        var hex = j < xml.Length && xml[j] is 'x' or 'X';
        if (hex)
            j++;
        var digitsStart = j;
        while (j < xml.Length && j - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(xml[j]) : char.IsAsciiDigit(xml[j])))
            j++;
        if (j == digitsStart || j >= xml.Length || xml[j] != ';' || !IsXmlChar(xml.AsSpan(digitsStart, j - digitsStart), hex))
        {
            replacement = "&amp;";
            return 1;
        }
        if (hex && xml[i + 2] == 'X')
            replacement = string.Concat("&#x", xml.AsSpan(digitsStart, j - digitsStart), ";"); // HTML allows &#X; XML does not
        return j - i + 1;
    }

    /// <summary>XML forbids references to most C0 controls (e.g. &amp;#1;); escaping the '&amp;' keeps them as harmless literal text.</summary>
    private static bool IsXmlChar(ReadOnlySpan<char> digits, bool hex)
    {
        if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var cp))
            return false;
        return cp is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
    }
}
