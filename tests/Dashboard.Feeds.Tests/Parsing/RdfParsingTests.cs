using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

public sealed class RdfParsingTests
{
    [Fact]
    public void Parse_Rss10_ReadsChannelAndSiblingItems()
    {
        var feed = Xml.Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.com/rss">
                <title>RDF feed</title><link>http://example.com/</link><description>About</description>
                <dc:language>ja</dc:language>
                <items><rdf:Seq><rdf:li rdf:resource="http://example.com/1"/></rdf:Seq></items>
              </channel>
              <item rdf:about="http://example.com/1">
                <title>First</title><link>http://example.com/1.html</link>
                <dc:creator>Taro</dc:creator><dc:date>2025-11-25T13:00:06+09:00</dc:date>
              </item>
            </rdf:RDF>
            """);
        Assert.Equal(FeedFormat.Rss10, feed.Format);
        Assert.Equal(("RDF feed", "http://example.com/", "About", "ja"), (feed.Title, feed.Link, feed.Subtitle, feed.Language));
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("First", entry.Title);
        Assert.Equal("http://example.com/1.html", entry.Link);
        Assert.Equal("http://example.com/1", entry.Id);
        Assert.Equal("Taro", entry.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero), entry.Updated);
        Assert.Null(entry.Language); // channel metadata, not inherited: the normalizer falls back to the feed's
    }

    [Fact]
    public void Parse_Rss090Namespace_IsRss09x()
    {
        var feed = Xml.Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Old</title></channel><item><title>Item</title><link>http://example.com/i</link></item>
            </rdf:RDF>
            """);
        Assert.Equal(FeedFormat.Rss09x, feed.Format);
        Assert.Equal("Item", Assert.Single(feed.Entries).Title);
    }
}
