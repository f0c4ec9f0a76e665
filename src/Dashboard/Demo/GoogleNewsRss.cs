using System.Net;
using System.Text;
using System.Xml;

namespace Dashboard.Demo;

/// <summary>
/// Writes RSS 2.0 the way news.google.com/rss/search does, so the demo exercises the parser's Google News
/// handling: "Headline - Outlet" titles, opaque guids, escaped HTML descriptions and &lt;source url&gt;.
/// </summary>
internal static class GoogleNewsRss
{
    public static byte[] Write(DemoFeed feed, IEnumerable<DemoItem> items, Uri siteBase, DateTimeOffset buildTime)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "media", null, "http://search.yahoo.com/mrss/");
            xml.WriteStartElement("channel");
            xml.WriteElementString("generator", "Dashboard demo");
            xml.WriteElementString("title", $"{feed.Query} - Google News");
            xml.WriteElementString("link", feed.Link);
            xml.WriteElementString("language", "en-US");
            xml.WriteElementString("lastBuildDate", buildTime.ToUniversalTime().ToString("R"));
            xml.WriteElementString("description", "Google News");
            foreach (var item in items) WriteItem(xml, item, siteBase);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteItem(XmlWriter xml, DemoItem item, Uri siteBase)
    {
        var link = Resolve(siteBase, item.Link);
        xml.WriteStartElement("item");
        // Without a known outlet there is nothing to append or to put in <source>: the parser then leaves the outlet empty.
        xml.WriteElementString("title", item.Outlet is null ? item.Title : $"{item.Title} - {item.Outlet}");
        xml.WriteElementString("link", link.AbsoluteUri);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(Guid(item));
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", item.Published.ToUniversalTime().ToString("R"));
        // XmlWriter escapes this HTML once more, which is exactly how Google ships it.
        xml.WriteElementString("description", Description(item, link));
        if (item.Outlet is not null)
        {
            xml.WriteStartElement("source");
            if (item.OutletUrl is not null) xml.WriteAttributeString("url", Resolve(siteBase, item.OutletUrl).AbsoluteUri);
            xml.WriteString(item.Outlet);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Description(DemoItem item, Uri link)
    {
        var html = new StringBuilder()
            .Append("<a href=\"").Append(WebUtility.HtmlEncode(link.AbsoluteUri)).Append("\" target=\"_blank\">")
            .Append(WebUtility.HtmlEncode(item.Title)).Append("</a>");
        if (item.Outlet is not null)
            html.Append("&nbsp;&nbsp;<font color=\"#6f6f6f\">").Append(WebUtility.HtmlEncode(item.Outlet)).Append("</font>");
        if (!string.IsNullOrWhiteSpace(item.Description))
            html.Append("<p>").Append(WebUtility.HtmlEncode(item.Description)).Append("</p>");
        return html.ToString();
    }

    /// <summary>Google's opaque article id for Google links; a stable id independent of the host for the app's own pages.</summary>
    private static string Guid(DemoItem item)
    {
        var path = item.Link.Split('?')[0].TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        return item.Link.StartsWith("https://news.google.com/", StringComparison.Ordinal) ? last : $"dashboard-demo-{last}";
    }

    internal static Uri Resolve(Uri siteBase, string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : new Uri(siteBase, link.TrimStart('/')); // relative to the base's path, so a PathBase is kept
}
