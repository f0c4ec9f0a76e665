using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

public sealed class IllFormedInputTests
{
    [Fact]
    public void Parse_ExternalDtd_IsNeverFetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var clock = Stopwatch.StartNew();
        var feed = Xml.Parse($"""
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:{port}/x.dtd">
            <rss version="0.91"><channel><title>T&eacute;l&eacute;</title></channel></rss>
            """);
        Thread.Sleep(100); // a fetch attempt would have connected by now
        Assert.False(listener.Pending(), "the parser connected to the DTD's host");
        Assert.Equal("Télé", feed.Title);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_DtdOnDiscardPort_DoesNotHang()
    {
        var clock = Stopwatch.StartNew();
        var feed = Xml.Parse("<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/x.dtd\"><rss version=\"2.0\"><channel><title>ok</title></channel></rss>");
        Assert.Equal("ok", feed.Title);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_EntityExpansionBomb_ThrowsFeedParseException()
    {
        var bomb = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"xxxxxxxxxx\">");
        for (var i = 1; i < 10; i++)
            bomb.Append($"<!ENTITY a{i} \"{string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))}\">");
        bomb.Append("]><rss><channel><title>&a9;</title></channel></rss>");
        var clock = Stopwatch.StartNew();
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse(bomb.ToString()));
        Assert.StartsWith("parse: ", ex.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_WellFormedHtmlPage_ThrowsNotAFeedWithPosition()
    {
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse("<html><head><title>Login</title></head><body/></html>"));
        Assert.Equal("parse: not a feed (root element <html>) (line 1:2)", ex.Message);
        Assert.Equal((1, 2), (ex.Line, ex.Column));
    }

    [Fact]
    public void Parse_SloppyHtmlPage_ThrowsNotAFeed()
    {
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse("<!doctype html>\n<html lang=en><head><meta charset=utf-8><title>News</title>\n<body><p>Hi &nbsp; there<br></body></html>"));
        Assert.StartsWith("parse: not a feed (root element <html>)", ex.Message);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Parse_Json_ThrowsNotAFeed()
    {
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse("{\"items\": []}"));
        Assert.Equal("parse: not a feed (looks like JSON)", ex.Message);
    }

    [Fact]
    public void Parse_UnknownRootElement_ThrowsNotAFeed()
    {
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body/></opml>"));
        Assert.Equal("parse: not a feed (root element <opml>) (line 2:2)", ex.Message);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Parse_EmptyInput_ThrowsEmptyDocument(byte[] data)
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(data));
        Assert.Equal("parse: empty document", ex.Message);
    }

    [Fact]
    public void Parse_OnlyComments_ThrowsNoRootElement()
    {
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse("<!-- nothing here -->\n"));
        Assert.StartsWith("parse: no root element", ex.Message);
    }

    [Fact]
    public void Parse_TruncatedAfterItems_KeepsCompleteItemsWithWarning()
    {
        var feed = Xml.Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>1</title></item><item><title>2</title></item><item><title>3 is cut o");
        Assert.Equal(["1", "2"], feed.Entries.Select(e => e.Title));
        Assert.NotNull(feed.Warning);
        Assert.StartsWith("parse: not well-formed XML", feed.Warning);
        Assert.Contains("kept 2 entries", feed.Warning);
    }

    [Fact]
    public void Parse_BrokenBeforeAnythingWasRead_ThrowsWithLineAndColumn()
    {
        var ex = Assert.Throws<FeedParseException>(() => Xml.Parse("<rss version=\"2.0\">\n<channel>\n<title>T</tit></channel></rss>"));
        Assert.StartsWith("parse: not well-formed XML", ex.Message);
        Assert.Equal(3, ex.Line);
        Assert.NotNull(ex.Column);
    }

    [Fact]
    public void Parse_XmlDeclarationAfterBlankLinesAndComment_IsAccepted()
    {
        Assert.Equal("ok", Xml.Parse("\n\n<!-- generated -->\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>ok</title></channel></rss>").Title);
    }

    [Fact]
    public void Parse_RandomBytes_ThrowFeedParseExceptionOnly()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var data = new byte[random.Next(32, 400)];
            random.NextBytes(data);
            if (i % 2 == 0)
                Encoding.ASCII.GetBytes("<rss><channel><item><title>").CopyTo(data, 0); // garbage inside a feed, too
            try
            {
                FeedParser.Parse(data);
            }
            catch (FeedParseException ex)
            {
                Assert.StartsWith("parse: ", ex.Message);
            }
        }
    }

    [Fact]
    public void Parse_Stream_ReadsLikeBytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>s</title></channel></rss>"));
        Assert.Equal("s", FeedParser.Parse(stream).Title);
    }
}
