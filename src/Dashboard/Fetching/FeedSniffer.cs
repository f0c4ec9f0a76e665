using System.Text;

namespace Dashboard.Fetching;

/// <summary>
/// Tells an HTML page (login wall, consent page, error page, a site's home page) from a feed
/// by looking at the start of the body, because Content-Type alone lies in both directions:
/// feeds served as text/html exist, and HTML served as application/rss+xml too.
/// </summary>
internal static class FeedSniffer
{
    // Enough for an XML declaration, a stylesheet PI, a DOCTYPE and a licence comment.
    private const int SniffBytes = 8192;

    public static bool IsHtmlPage(ReadOnlySpan<byte> body, string? mediaType)
    {
        var root = RootElement(Decode(body));
        if (root == "html") return true;
        var declaredHtml = string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
        // A mislabelled feed is only accepted when its root element really is a feed's.
        return declaredHtml && root is not ("rss" or "feed" or "rdf");
    }

    private static string Decode(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, SniffBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.Latin1.GetString(head[3..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.Length >= 2 && head[0] == (byte)'<' && head[1] == 0) return Encoding.Unicode.GetString(head);
        if (head.Length >= 2 && head[0] == 0 && head[1] == (byte)'<') return Encoding.BigEndianUnicode.GetString(head);
        // Markup is ASCII in UTF-8 and in every single-byte encoding, so Latin-1 reads it without failing.
        return Encoding.Latin1.GetString(head);
    }

    /// <summary>
    /// Lower-case local name of the first element after the prolog; "html" also for an HTML DOCTYPE;
    /// "" when the body does not start with markup; null when the prolog runs past the sniffed bytes.
    /// </summary>
    private static string? RootElement(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return null;
            if (text[i] != '<') return "";
            var rest = text.AsSpan(i);
            if (rest.StartsWith("<?"))
                i = Skip(text, i + 2, "?>");
            else if (rest.StartsWith("<!--"))
                i = Skip(text, i + 4, "-->");
            else if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                var name = Name(text, SkipSpace(text, i + 9));
                if (name == "html") return "html";
                // A DOCTYPE with an internal subset ends at "]>", which may contain '>' before it.
                var bracket = text.IndexOf('[', i);
                var close = text.IndexOf('>', i);
                i = bracket >= 0 && bracket < close ? Skip(text, bracket, "]>") : close < 0 ? -1 : close + 1;
            }
            else
            {
                var name = Name(text, i + 1);
                var colon = name.IndexOf(':');
                return colon >= 0 ? name[(colon + 1)..] : name;
            }
            if (i < 0) return null;
        }
    }

    private static int Skip(string text, int from, string terminator)
    {
        var at = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? -1 : at + terminator.Length;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static string Name(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '-' or '_' or '.')) end++;
        return text[start..end].ToLowerInvariant();
    }
}
