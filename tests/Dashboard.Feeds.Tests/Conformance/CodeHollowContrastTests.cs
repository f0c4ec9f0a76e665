using System.Text;
using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// The two behaviours README gives as reasons to keep our parser in production rather than CodeHollow.FeedReader:
/// what each does with a download that breaks off, and with an HTML page served where a feed was expected.
/// </summary>
public sealed class CodeHollowContrastTests
{
    private const string Truncated = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Example</title>
        <item><title>First</title><link>https://example.com/1</link></item>
        <item><title>Second</title><link>https://example.com/2</link></item>
        <item><title>Thi
        """;

    // A login wall as sites really serve it: void elements, an HTML entity, no closing tags for some elements.
    private const string HtmlPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
        <body><p>Please sign in&nbsp;to continue<br></body></html>
        """;

    private const string XhtmlPage = """<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Moved</title></head><body/></html>""";

    [Fact]
    public void Parse_TruncatedFeed_OursKeepsTheCompleteItemsCodeHollowThrows()
    {
        var data = Encoding.UTF8.GetBytes(Truncated);

        var ours = FeedParser.Parse(data);
        Assert.Equal(["First", "Second"], ours.Entries.Select(e => e.Title));
        Assert.StartsWith("parse: not well-formed XML", ours.Warning);

        Assert.Throws<XmlException>(() => FeedReader.ReadFromByteArray(data));
    }

    [Fact]
    public void Parse_HtmlPage_OursSaysNotAFeedCodeHollowThrowsXmlException()
    {
        var data = Encoding.UTF8.GetBytes(HtmlPage);

        var ours = Assert.Throws<FeedParseException>(() => FeedParser.Parse(data));
        Assert.StartsWith("parse: not a feed (root element <html>)", ours.Message);

        // XDocument's complaint about the first construct that is not XML: it never says the page is HTML.
        var theirs = Assert.Throws<XmlException>(() => FeedReader.ReadFromByteArray(data));
        Assert.StartsWith("The 'meta' start tag on line 2", theirs.Message);
    }

    [Fact]
    public void Parse_WellFormedXhtmlPage_OursSaysNotAFeedCodeHollowSaysUnknownFeedType()
    {
        var data = Encoding.UTF8.GetBytes(XhtmlPage);

        var ours = Assert.Throws<FeedParseException>(() => FeedParser.Parse(data));
        Assert.StartsWith("parse: not a feed (root element <html>)", ours.Message);

        var theirs = Assert.Throws<FeedTypeNotSupportedException>(() => FeedReader.ReadFromByteArray(data));
        Assert.Equal("unknown feed type html", theirs.Message);
    }
}
