using System.Text;
using System.Xml;
using Dashboard.Feeds.Text;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>
/// Atom text constructs (title, subtitle, summary, content) turned into plain text. Atom 1.0 says what
/// the content is with type="text|html|xhtml|MIME"; Atom 0.3 with a MIME type plus mode="xml|escaped|base64".
/// </summary>
internal static class AtomText
{
    public static string? Read(XmlReader r)
    {
        var type = r.GetAttribute("type")?.Trim().ToLowerInvariant() ?? "";
        var mode = r.GetAttribute("mode")?.Trim().ToLowerInvariant();
        var content = XmlContent.Read(r);
        var value = content.Value;
        if (!content.IsMarkup && (mode == "base64" || (mode is null && IsBinaryMime(type))))
            value = DecodeBase64(value) ?? value;
        var text = content.IsMarkup || type.Contains("html") ? HtmlText.ToPlainText(value) : Whitespace.Collapse(value);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>RFC 4287 §4.1.3.3: a MIME type that is neither text/* nor XML means Base64 content.</summary>
    private static bool IsBinaryMime(string type) =>
        type.Contains('/') && !type.StartsWith("text/", StringComparison.Ordinal) && !type.Contains("html")
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string? DecodeBase64(string value)
    {
        var compact = value.Where(c => !char.IsWhiteSpace(c)).ToArray();
        var bytes = new byte[compact.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64Chars(compact, bytes, out var written))
            return null;
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null; // binary payload (an image): not text we can show
        }
    }
}
