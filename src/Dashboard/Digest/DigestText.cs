using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Configuration;

namespace Dashboard.Digest;

/// <summary>
/// Text rules of the digest. Titles and outlet names are untrusted feed text: they are kept on one line, and
/// Markdown-escaped so that a headline can neither break the list structure nor become a link, image or raw HTML
/// when the file is rendered. Characters that are harmless where they are written (e.g. "|" and quotes) are left
/// alone so that the raw file stays readable and matches seed 002.
/// </summary>
internal static partial class DigestText
{
    public const string UndeterminedLanguage = "und";

    /// <summary>Collapses every run of whitespace and control characters (newlines included) to one space, trimmed.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Escapes text written inside a line (link text, outlet): emphasis, links, HTML and entities stay literal.</summary>
    public static string EscapeInline(string? text)
    {
        var line = OneLine(text);
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '~') sb.Append('\\');
            sb.Append(c);
        }
        // After the loop, or the entity's backslash would itself be escaped.
        return EntityStart().Replace(sb.ToString(), @"\&");
    }

    /// <summary>
    /// Escapes text that starts a list item: besides the inline rules, a leading "#", "&gt;", "+", "-", "=" or "1."
    /// would open a heading, quote or nested list inside the bullet.
    /// </summary>
    public static string EscapeBullet(string? text)
    {
        var escaped = EscapeInline(text);
        if (escaped.Length > 0 && escaped[0] is '#' or '>' or '+' or '-' or '=') return "\\" + escaped;
        var ordered = OrderedListStart().Match(escaped);
        return ordered.Success ? escaped.Insert(ordered.Length - 1, "\\") : escaped;
    }

    /// <summary>
    /// The link as a Markdown link destination, or null when it is not an absolute http(s) URL (feed links are
    /// shown only when they are web links). Parentheses are backslash-escaped, spaces and controls percent-encoded.
    /// </summary>
    public static string? SafeUrl(string? link)
    {
        var trimmed = link?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !ConfigurationFormats.IsHttpUrl(trimmed)) return null;
        var sb = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c is '(' or ')') sb.Append('\\').Append(c);
            else if (c <= ' ' || c is '\u007f' or '<' or '>' or '\\') sb.Append('%').Append(((int)c).ToString("X2"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A YAML double-quoted scalar of the one-line text.</summary>
    public static string YamlQuote(string? text) =>
        "\"" + OneLine(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A BCP 47-looking language tag, or "und" (undetermined) for anything else, since it is written in brackets.</summary>
    public static string Language(string? language)
    {
        var trimmed = language?.Trim() ?? "";
        return LanguageTag().IsMatch(trimmed) ? trimmed : UndeterminedLanguage;
    }

    [GeneratedRegex(@"&(?=#?[A-Za-z0-9]+;)")]
    private static partial Regex EntityStart();

    [GeneratedRegex(@"^\d{1,9}[.)]")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
