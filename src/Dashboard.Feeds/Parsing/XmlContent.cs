using System.Text;
using System.Xml;

namespace Dashboard.Feeds.Parsing;

/// <summary>The raw content of an element: its text, or serialized markup when it had child elements.</summary>
internal readonly record struct RawContent(string Value, bool IsMarkup);

/// <summary>Forward-only helpers over XmlReader shared by the adapters.</summary>
internal static class XmlContent
{
    /// <summary>On a start tag: steps inside and returns true, or past an empty element and returns false.</summary>
    public static bool EnterChildren(XmlReader r, out int depth)
    {
        depth = r.Depth;
        var empty = r.IsEmptyElement;
        r.Read();
        return !empty;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="depth"/> and returns true, or
    /// consumes the parent's end tag and returns false. The caller must consume each child it is given.
    /// </summary>
    public static bool NextChild(XmlReader r, int depth)
    {
        while (true)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when r.Depth == depth:
                    r.Read();
                    return false;
            }
            if (!r.Read())
                return false;
        }
    }

    /// <summary>
    /// Reads the current element's content and leaves the reader after its end tag. Text and CDATA
    /// are concatenated; child elements (XHTML, or HTML pasted unescaped into RSS) switch the result to
    /// markup, with the surrounding text escaped so the whole value can be read as HTML.
    /// </summary>
    public static RawContent Read(XmlReader r)
    {
        if (!EnterChildren(r, out var depth))
            return new RawContent("", false);
        string? single = null;
        StringBuilder? sb = null;
        var markup = false;
        while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (markup)
                        AppendEscaped(sb!, r.Value);
                    else if (single is null && sb is null)
                        single = r.Value; // the common case: one text node, no copy
                    else
                        (sb ??= new StringBuilder(single)).Append(r.Value);
                    break;
                case XmlNodeType.Element:
                    if (!markup)
                    {
                        markup = true;
                        var text = sb?.ToString() ?? single ?? "";
                        sb = new StringBuilder(text.Length + 64);
                        AppendEscaped(sb, text);
                    }
                    sb!.Append(r.ReadOuterXml());
                    continue; // ReadOuterXml already moved past the element
            }
            if (!r.Read())
                break;
        }
        r.Read();
        return new RawContent(sb?.ToString() ?? single ?? "", markup);
    }

    /// <summary>Text of a simple element (link, id, date…): markup flattened, whitespace trimmed, null if blank.</summary>
    public static string? ReadText(XmlReader r)
    {
        var content = Read(r);
        var text = content.IsMarkup ? Text.HtmlText.ToPlainText(content.Value) : content.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A link element's text resolved against the element's own base (read before the content moves the reader).</summary>
    public static string? ReadLink(XmlReader r, Uri? parentBase)
    {
        var baseUri = Base(r, parentBase);
        return Resolve(ReadText(r), baseUri);
    }

    private static void AppendEscaped(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                _ => sb.Append(c),
            };
        }
    }

    /// <summary>The base URI in effect for the current element: its xml:base resolved against the parent's.</summary>
    public static Uri? Base(XmlReader r, Uri? parent)
    {
        if (!r.HasAttributes)
            return parent;
        var value = r.GetAttribute("base", Namespaces.Xml);
        if (string.IsNullOrWhiteSpace(value))
            return parent;
        return Resolve(value.Trim(), parent) is { } resolved && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) ? uri : parent;
    }

    /// <summary>The element's xml:lang, or the inherited one.</summary>
    public static string? Language(XmlReader r, string? parent)
    {
        if (!r.HasAttributes)
            return parent;
        var value = r.GetAttribute("lang", Namespaces.Xml);
        return string.IsNullOrWhiteSpace(value) ? parent : value.Trim();
    }

    /// <summary>
    /// Resolves a possibly relative URL. Absolute http(s) links, by far the commonest, return as they are
    /// without building a Uri; a relative link without any base stays relative.
    /// </summary>
    public static string? Resolve(string? value, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return value;
        if (baseUri is not null && Uri.TryCreate(baseUri, value, out var resolved))
            return resolved.AbsoluteUri;
        return value;
    }
}
