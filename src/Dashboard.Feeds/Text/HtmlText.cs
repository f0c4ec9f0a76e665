using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dashboard.Feeds.Text;

/// <summary>
/// Turns untrusted HTML from feeds into plain display text: tags removed, entities decoded, script and
/// style contents dropped, whitespace collapsed. The result is text, never markup, so whatever the feed
/// carried cannot run in the browser once it is rendered as text.
/// </summary>
public static class HtmlText
{
    /// <summary>Elements whose content is code or metadata, not text a reader should see.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "noembed", "noframes", "object", "head", "select",
    };

    [ThreadStatic] private static HtmlParser? _parser;
    [ThreadStatic] private static IElement? _context;

    /// <summary>
    /// Plain text of <paramref name="html"/>, or null for null. With <paramref name="maxLength"/>, the text
    /// is cut at a word boundary to at most that many characters, ending in "…".
    /// </summary>
    public static string? ToPlainText(string? html, int? maxLength = null)
    {
        if (html is null)
            return null;
        string text;
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
            text = Whitespace.Collapse(html); // no markup, no entities: the common case for titles
        else if (SimpleHtml.TryToText(html, out var simple))
            text = simple; // already collapsed
        else
            text = Whitespace.Collapse(ExtractText(html));
        return maxLength is { } max ? Truncate(text, max) : text;
    }

    /// <summary>Cuts at the last space that keeps the text within <paramref name="maxLength"/> including the "…".</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        if (maxLength <= 1)
            return maxLength == 1 ? "…" : "";
        var limit = maxLength - 1;
        var cut = text.LastIndexOf(' ', limit);
        if (cut <= 0 || cut < limit / 2)
            cut = limit; // one enormous word: a hard cut beats dropping most of the text
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--; // never split a surrogate pair
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    /// <summary>The full HTML5 parse, for markup the fast path declines.</summary>
    internal static string ExtractText(string html)
    {
        _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true });
        _context ??= _parser.ParseDocument(string.Empty).Body!;
        var nodes = _parser.ParseFragment(html, _context);
        var sb = new StringBuilder(html.Length);
        // An explicit stack: hostile input can nest thousands of elements deep.
        var stack = new Stack<INode?>(); // null marks the end of a word-breaking element
        for (var i = nodes.Length - 1; i >= 0; i--)
            stack.Push(nodes[i]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when !Dropped.Contains(element.LocalName):
                    if (SimpleHtml.Breaking.Contains(element.LocalName))
                    {
                        sb.Append(' ');
                        stack.Push(null);
                    }
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                        stack.Push(children[i]);
                    break;
                case null:
                    sb.Append(' ');
                    break;
            }
        }
        return sb.ToString();
    }
}
