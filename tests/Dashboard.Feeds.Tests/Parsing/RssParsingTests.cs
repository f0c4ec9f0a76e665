using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

public sealed class RssParsingTests
{
    private const string Modules =
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" " +
        "xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:atom=\"http://www.w3.org/2005/Atom\"";

    [Fact]
    public void Parse_Rss20Channel_ReadsChannelFields()
    {
        var feed = Xml.Parse($"""
            <rss version="2.0" {Modules}><channel>
              <title>World News</title><link>https://example.com/</link>
              <atom:link rel="self" href="https://example.com/feed.xml" type="application/rss+xml"/>
              <description>All the &lt;b&gt;news&lt;/b&gt;</description><language>en-us</language>
              <lastBuildDate>Tue, 25 Nov 2025 04:00:06 GMT</lastBuildDate><pubDate>Tue, 25 Nov 2025 03:00:00 GMT</pubDate>
              <ttl>15</ttl><managingEditor>desk@example.com (News Desk)</managingEditor>
              <image><title>Logo title</title><link>https://example.com/logo-link</link><url>https://example.com/logo.png</url></image>
            </channel></rss>
            """);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("World News", feed.Title);
        Assert.Equal("https://example.com/", feed.Link); // not the atom self link, not the image link
        Assert.Equal("All the news", feed.Subtitle);
        Assert.Equal("en-us", feed.Language);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero), feed.Updated);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 3, 0, 0, TimeSpan.Zero), feed.Published);
        Assert.Equal(15, feed.TtlMinutes);
        Assert.Equal("News Desk", feed.Author);
        Assert.Equal("desk@example.com", feed.AuthorEmail);
        Assert.Null(feed.Warning);
    }

    [Fact]
    public void Parse_Rss20Item_ReadsEveryField()
    {
        var entry = Xml.RssItem("""
            <item>
              <title>Xi talks with Trump</title><link>https://example.com/a?x=1&amp;y=2</link>
              <guid isPermaLink="false">id-1</guid><pubDate>Mon, 24 Nov 2025 23:00:06 -0500</pubDate>
              <description>Short &lt;i&gt;summary&lt;/i&gt;</description>
              <content:encoded><![CDATA[<p>Full <b>text</b></p><p>Second</p>]]></content:encoded>
              <author>reporter@example.com (Ann Reporter)</author>
              <category>Politics</category><category>Asia</category><dc:language>zh-CN</dc:language>
              <source url="https://www.xinhuanet.com">新华网</source>
            </item>
            """, Modules);
        Assert.Equal("Xi talks with Trump", entry.Title);
        Assert.Equal("https://example.com/a?x=1&y=2", entry.Link);
        Assert.Equal("id-1", entry.Id);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero), entry.Published);
        Assert.Equal("Short summary", entry.Summary);
        Assert.Equal("Full text Second", entry.Content);
        Assert.Equal("Ann Reporter", entry.Author);
        Assert.Equal("reporter@example.com", entry.AuthorEmail);
        Assert.Equal(["Politics", "Asia"], entry.Categories);
        Assert.Equal("zh-CN", entry.Language);
        Assert.Equal(new EntrySource("新华网", "https://www.xinhuanet.com"), entry.Source);
    }

    [Theory]
    [InlineData("0.91", FeedFormat.Rss09x)]
    [InlineData("0.92", FeedFormat.Rss09x)]
    [InlineData("0.94", FeedFormat.Rss09x)]
    [InlineData("2.0", FeedFormat.Rss20)]
    [InlineData("2.01", FeedFormat.Rss20)]
    public void Parse_RssVersionAttribute_SelectsFormat(string version, FeedFormat expected)
    {
        Assert.Equal(expected, Xml.Parse($"<rss version=\"{version}\"><channel><title>x</title></channel></rss>").Format);
    }

    [Fact]
    public void Parse_DcCreatorAndDate_MapToAuthorAndUpdated()
    {
        var entry = Xml.RssItem("<item><title>t</title><dc:creator>Jane Roe</dc:creator><dc:date>2025-11-25T12:00:06+08:00</dc:date></item>", Modules);
        Assert.Equal("Jane Roe", entry.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero), entry.Updated);
        Assert.Null(entry.Published);
    }

    [Fact]
    public void Parse_UndeclaredHtmlEntities_AreDecoded()
    {
        var entry = Xml.RssItem("<item><title>Caf&eacute; &mdash; news&nbsp;today</title><description>AT&T &copy; 2025</description></item>");
        Assert.Equal("Café — news today", entry.Title);
        Assert.Equal("AT&T © 2025", entry.Summary);
    }

    [Fact]
    public void Parse_BareAmpersandInLink_IsKept()
    {
        Assert.Equal("http://link/get?a=1&b=2", Xml.RssItem("<item><link>http://link/get?a=1&b=2</link></item>").Link);
    }

    [Fact]
    public void Parse_CdataHtmlDescription_BecomesPlainText()
    {
        var entry = Xml.RssItem("<item><title><![CDATA[Trump & Xi <em>agree</em>]]></title><description><![CDATA[<div><p>One&nbsp;&amp; two</p><br/>three</div>]]></description></item>");
        Assert.Equal("Trump & Xi agree", entry.Title);
        Assert.Equal("One & two three", entry.Summary);
    }

    [Fact]
    public void Parse_HostileHtmlInTitle_YieldsOnlyText()
    {
        var entry = Xml.RssItem("<item><title>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;Breaking &lt;b onclick=\"x()\"&gt;news&lt;/b&gt;</title></item>");
        Assert.Equal("Breaking news", entry.Title);
    }

    [Fact]
    public void Parse_XmlBase_ResolvesRelativeLinks()
    {
        var feed = Xml.Parse("""
            <rss version="2.0" xml:base="http://example.com/news/"><channel><link>index.html</link>
              <item><link>2025/a.html</link></item>
              <item xml:base="/other/"><link>b.html</link></item>
              <item><link xml:base="http://cdn.example.org/x/">c.html</link></item>
            </channel></rss>
            """, documentUrl: "http://ignored.example/feed");
        Assert.Equal("http://example.com/news/index.html", feed.Link);
        Assert.Equal("http://example.com/news/2025/a.html", feed.Entries[0].Link);
        Assert.Equal("http://example.com/other/b.html", feed.Entries[1].Link);
        Assert.Equal("http://cdn.example.org/x/c.html", feed.Entries[2].Link);
    }

    [Fact]
    public void Parse_RelativeLinkWithoutXmlBase_ResolvesAgainstDocumentUrl()
    {
        var entry = Xml.SingleEntry("<rss version=\"2.0\"><channel><item><link>/story/1</link></item></channel></rss>", "https://example.com/feeds/world.xml");
        Assert.Equal("https://example.com/story/1", entry.Link);
    }

    [Fact]
    public void Parse_AtomLinkInRssItem_UsedWhenNoLink()
    {
        var entry = Xml.RssItem("""
            <item><title>t</title>
              <atom:link rel="enclosure" href="https://example.com/audio.mp3"/>
              <atom:link rel="alternate" href="https://example.com/story"/>
            </item>
            """, Modules);
        Assert.Equal("https://example.com/story", entry.Link);
    }

    [Fact]
    public void Parse_PermalinkGuidWithoutLink_BecomesLink()
    {
        Assert.Equal("https://example.com/p/1", Xml.RssItem("<item><guid>https://example.com/p/1</guid></item>").Link);
        Assert.Null(Xml.RssItem("<item><guid isPermaLink=\"false\">https://example.com/p/1</guid></item>").Link);
        Assert.Equal("https://example.com/real", Xml.RssItem("<item><guid>https://example.com/p/1</guid><link>https://example.com/real</link></item>").Link);
    }

    [Fact]
    public void Parse_MediaThumbnail_PreferredOverImageContentAndEnclosure()
    {
        var entry = Xml.RssItem("""
            <item><title>t</title>
              <enclosure url="https://example.com/e.jpg" type="image/jpeg" length="1"/>
              <media:content url="https://example.com/c.jpg" medium="image"/>
              <media:thumbnail url="https://example.com/t.jpg" width="120"/>
            </item>
            """, Modules);
        Assert.Equal("https://example.com/t.jpg", entry.ThumbnailUrl);
        var fallback = Xml.RssItem("<item><title>t</title><media:group><media:content url=\"https://example.com/c.jpg\" type=\"image/jpeg\"/></media:group></item>", Modules);
        Assert.Equal("https://example.com/c.jpg", fallback.ThumbnailUrl);
        var enclosure = Xml.RssItem("<item><title>t</title><enclosure url=\"https://example.com/e.jpg\" type=\"image/jpeg\"/></item>");
        Assert.Equal("https://example.com/e.jpg", enclosure.ThumbnailUrl);
    }

    [Fact]
    public void Parse_ModuleElementWithCoreLocalName_IsNotTakenForCore()
    {
        var entry = Xml.RssItem("<item><x:description>wrong</x:description><description>right</description><x:title>wrong</x:title></item>", "xmlns:x=\"urn:x\"");
        Assert.Equal("right", entry.Summary);
        Assert.Null(entry.Title);
    }

    [Fact]
    public void Parse_NestedImageInItem_DoesNotOverrideItemFields()
    {
        var entry = Xml.RssItem("<item><image><title>img</title><link>https://example.com/img</link></image><title>item</title><link>https://example.com/item</link></item>");
        Assert.Equal("item", entry.Title);
        Assert.Equal("https://example.com/item", entry.Link);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    public void Parse_InvalidTtl_IsNull(string ttl)
    {
        Assert.Null(Xml.Parse($"<rss version=\"2.0\"><channel><title>t</title><ttl>{ttl}</ttl></channel></rss>").TtlMinutes);
    }

    [Fact]
    public void Parse_InternalSubsetEntity_IsExpanded()
    {
        var entry = Xml.SingleEntry("<!DOCTYPE rss [ <!ENTITY id \"tag:example.com,\"> ]><rss version=\"2.0\"><channel><item><guid isPermaLink='false'>&id;2006:/blog/</guid></item></channel></rss>");
        Assert.Equal("tag:example.com,2006:/blog/", entry.Id);
    }

    [Fact]
    public void Parse_UndeclaredNamespacePrefix_IsRepaired()
    {
        var entry = Xml.RssItem("<item><title>t</title><dc:creator>Jane</dc:creator><media:thumbnail url=\"https://example.com/t.jpg\"/></item>");
        Assert.Equal("Jane", entry.Author);
        Assert.Equal("https://example.com/t.jpg", entry.ThumbnailUrl);
    }

    [Fact]
    public void Parse_ItemsKeepDocumentOrder()
    {
        var feed = Xml.Parse("<rss version=\"2.0\"><channel><item><title>1</title></item><item><title>2</title></item><item><title>3</title></item></channel></rss>");
        Assert.Equal(["1", "2", "3"], feed.Entries.Select(e => e.Title));
    }
}
