using System.Globalization;
using System.Text;

namespace Dashboard.Digest;

/// <summary>
/// The values <see cref="FrontMatterReader"/> accepts on one line: quoted strings ("…" with backslash escapes,
/// '…' with '' for a quote), plain scalars (true/false → bool, integers → long, null/~ → null, otherwise the
/// trimmed text), and flow sequences of those.
/// </summary>
internal static class FrontMatterScalars
{
    public static object? Value(string text, int line)
    {
        var pos = 0;
        var value = text.StartsWith('[') ? Sequence(text, ref pos, line) : Scalar(text, ref pos, line, inFlow: false);
        Skip(text, ref pos);
        if (pos < text.Length && text[pos] != '#') throw FrontMatterReader.Error(line, $"unexpected '{text[pos..]}' after the value");
        return value;
    }

    private static List<object?> Sequence(string text, ref int pos, int line)
    {
        var items = new List<object?>();
        pos++; // '['
        Skip(text, ref pos);
        if (pos < text.Length && text[pos] == ']') { pos++; return items; }
        while (true)
        {
            Skip(text, ref pos);
            if (pos < text.Length && text[pos] is '[' or '{') throw FrontMatterReader.Error(line, "nested collections are not supported");
            items.Add(Scalar(text, ref pos, line, inFlow: true));
            Skip(text, ref pos);
            if (pos >= text.Length) throw FrontMatterReader.Error(line, "flow sequence is not closed by ']'");
            if (text[pos++] == ']') return items;
            if (text[pos - 1] != ',') throw FrontMatterReader.Error(line, "expected ',' or ']' in the flow sequence");
        }
    }

    private static object? Scalar(string text, ref int pos, int line, bool inFlow)
    {
        if (pos < text.Length && text[pos] == '"') return DoubleQuoted(text, ref pos, line);
        if (pos < text.Length && text[pos] == '\'') return SingleQuoted(text, ref pos, line);
        var start = pos;
        while (pos < text.Length && !(inFlow && text[pos] is ',' or ']') && !(text[pos] == '#' && pos > start && text[pos - 1] == ' '))
            pos++;
        var plain = text[start..pos].Trim();
        if (plain.Length > 0 && plain[0] is '{' or '|' or '>' or '&' or '*' or '!' or '%' or '@' or '`')
            throw FrontMatterReader.Error(line, $"unsupported YAML value '{plain}'");
        return plain switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ when IsInteger(plain) && long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => plain,
        };
    }

    private static string DoubleQuoted(string text, ref int pos, int line)
    {
        var sb = new StringBuilder();
        for (pos++; pos < text.Length; pos++)
        {
            var c = text[pos];
            if (c == '"') { pos++; return sb.ToString(); }
            if (c != '\\') { sb.Append(c); continue; }
            if (++pos >= text.Length) break;
            switch (text[pos])
            {
                case '"' or '\\' or '/': sb.Append(text[pos]); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '0': sb.Append('\0'); break;
                case 'u' when pos + 4 < text.Length
                    && ushort.TryParse(text.AsSpan(pos + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    pos += 4;
                    break;
                default: throw FrontMatterReader.Error(line, $"unknown escape '\\{text[pos]}'");
            }
        }
        throw FrontMatterReader.Error(line, "string is not closed by '\"'");
    }

    private static string SingleQuoted(string text, ref int pos, int line)
    {
        var sb = new StringBuilder();
        for (pos++; pos < text.Length; pos++)
        {
            if (text[pos] != '\'') { sb.Append(text[pos]); continue; }
            if (pos + 1 < text.Length && text[pos + 1] == '\'') { sb.Append('\''); pos++; continue; }
            pos++;
            return sb.ToString();
        }
        throw FrontMatterReader.Error(line, "string is not closed by \"'\"");
    }

    private static bool IsInteger(string s)
    {
        var digits = s[0] is '-' or '+' ? s.AsSpan(1) : s.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static void Skip(string text, ref int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t') pos++;
    }
}
