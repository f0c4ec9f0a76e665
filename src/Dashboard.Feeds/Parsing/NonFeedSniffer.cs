using System.Xml;

namespace Dashboard.Feeds.Parsing;

/// <summary>
/// When the XML reader fails before reaching a root element, says what the input was instead: an
/// HTML page (a login wall, an error page, a moved feed) or JSON is a clearer error than the XML
/// reader's complaint about some unclosed &lt;meta&gt; tag.
/// </summary>
internal static class NonFeedSniffer
{
    public static FeedParseException? Classify(string text, XmlException ex)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
            start++;
        if (start == text.Length)
            return new FeedParseException("parse: empty document");
        if (ex.LineNumber == 0)
            return new FeedParseException("parse: no root element (only comments or declarations)", inner: ex);
        var head = text.AsSpan(start, Math.Min(text.Length - start, 4096));
        if (head[0] is '{' or '[')
            return new FeedParseException("parse: not a feed (looks like JSON)", inner: ex);

        var html = head.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        if (html >= 0 || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
        {
            var at = start + (html >= 0 ? html : 0);
            var (line, column) = LineColumn(text, at + 1);
            return new FeedParseException("parse: not a feed (root element <html>)", line, column, ex);
        }
        if (head[0] != '<')
            return new FeedParseException("parse: not a feed (no XML markup at the start)", 1, start + 1, ex);
        return null;
    }

    /// <summary>1-based line and column of a character index, as the XML reader reports them.</summary>
    private static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }
}
