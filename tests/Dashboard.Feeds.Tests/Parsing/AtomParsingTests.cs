using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

public sealed class AtomParsingTests
{
    [Fact]
    public void Parse_Atom10Feed_ReadsFeedAndEntryFields()
    {
        var feed = Xml.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title type="text">Example &amp; Co</title><subtitle type="html">&lt;b&gt;Daily&lt;/b&gt; news</subtitle>
              <link rel="self" href="https://example.com/atom.xml"/><link href="https://example.com/"/>
              <id>urn:uuid:feed</id><updated>2025-11-25T04:00:06Z</updated>
              <author><name>Desk</name><email>desk@example.com</email><uri>https://example.com/desk</uri></author>
              <entry>
                <title type="html">Trump &amp;amp; Xi &lt;em&gt;talk&lt;/em&gt;</title>
                <link rel="enclosure" href="https://example.com/a.mp3"/>
                <link rel="alternate" type="text/html" href="https://example.com/2025/11/25/talk"/>
                <id>tag:example.com,2025:talk</id>
                <published>2025-11-25T12:00:06+08:00</published><updated>2025-11-25T05:00:00Z</updated>
                <summary>Leaders spoke by phone.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Leaders <b>spoke</b>.</p><p>More</p></div></content>
                <author><name>Ann</name></author>
                <category term="diplomacy"/>
              </entry>
            </feed>
            """);
        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Example & Co", feed.Title);
        Assert.Equal("Daily news", feed.Subtitle);
        Assert.Equal("https://example.com/", feed.Link);
        Assert.Equal("urn:uuid:feed", feed.Id);
        Assert.Equal("en", feed.Language);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero), feed.Updated);
        Assert.Equal(("Desk", "desk@example.com", "https://example.com/desk"), (feed.Author, feed.AuthorEmail, feed.AuthorUrl));

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("Trump & Xi talk", entry.Title);
        Assert.Equal("https://example.com/2025/11/25/talk", entry.Link);
        Assert.Equal("tag:example.com,2025:talk", entry.Id);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 5, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Leaders spoke by phone.", entry.Summary);
        Assert.Equal("Leaders spoke. More", entry.Content);
        Assert.Equal("Ann", entry.Author);
        Assert.Equal(["diplomacy"], entry.Categories);
        Assert.Equal("en", entry.Language);
    }

    [Fact]
    public void Parse_Atom10TextType_KeepsAngleBracketsLiterally()
    {
        var entry = Xml.SingleEntry("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"text\">History of the &lt;blink&gt; tag</title></entry></feed>");
        Assert.Equal("History of the <blink> tag", entry.Title);
    }

    [Fact]
    public void Parse_EntryWithoutSummary_SummaryFallsBackToContent()
    {
        var entry = Xml.SingleEntry("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>");
        Assert.Equal("Body", entry.Summary);
        Assert.Equal("Body", entry.Content);
    }

    [Fact]
    public void Parse_Atom03Feed_ReadsModesAndOldElementNames()
    {
        var feed = Xml.Parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Old feed</title><tagline>Tag line</tagline>
              <link rel="alternate" type="text/html" href="http://example.org/"/>
              <modified>2004-01-01T19:48:21Z</modified>
              <entry>
                <title type="text/html" mode="escaped">A &amp;amp; B</title>
                <link rel="alternate" type="text/html" href="http://example.org/1"/>
                <issued>2003-12-31T10:14:55Z</issued><modified>2004-01-01T19:48:21Z</modified>
                <summary type="text/plain" mode="base64">RXhhbXBsZSBzdW1tYXJ5</summary>
                <author><name>Mark</name><url>http://example.org/mark</url></author>
              </entry>
            </feed>
            """);
        Assert.Equal(FeedFormat.Atom03, feed.Format);
        Assert.Equal("Old feed", feed.Title);
        Assert.Equal("Tag line", feed.Subtitle);
        Assert.Equal("http://example.org/", feed.Link);
        Assert.Equal(new DateTimeOffset(2004, 1, 1, 19, 48, 21, TimeSpan.Zero), feed.Updated);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("A & B", entry.Title);
        Assert.Equal(new DateTimeOffset(2003, 12, 31, 10, 14, 55, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2004, 1, 1, 19, 48, 21, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Example summary", entry.Summary);
        Assert.Equal("http://example.org/mark", entry.AuthorUrl);
    }

    [Fact]
    public void Parse_XmlBaseOnFeedAndEntry_ResolvesLinkHref()
    {
        var feed = Xml.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/blog/">
              <link href="./"/>
              <entry xml:base="2025/"><link href="post.html"/></entry>
              <entry><link href="/about"/></entry>
            </feed>
            """);
        Assert.Equal("http://example.com/blog/", feed.Link);
        Assert.Equal("http://example.com/blog/2025/post.html", feed.Entries[0].Link);
        Assert.Equal("http://example.com/about", feed.Entries[1].Link);
    }

    [Fact]
    public void Parse_PublishedAfterIssued_PublishedWins()
    {
        var entry = Xml.SingleEntry("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><published>2010-01-01T00:00:00Z</published><issued>2004-01-01T00:00:00Z</issued></entry></feed>");
        Assert.Equal(new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void Parse_MediaThumbnailInAtomEntry_IsRead()
    {
        var entry = Xml.SingleEntry("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\"><entry><title>t</title><media:thumbnail url=\"https://i.example.com/t.jpg\"/></entry></feed>");
        Assert.Equal("https://i.example.com/t.jpg", entry.ThumbnailUrl);
    }
}
