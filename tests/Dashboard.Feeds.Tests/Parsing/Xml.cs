using System.Text;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

/// <summary>Test shorthand: parse an inline XML snippet given as a string.</summary>
internal static class Xml
{
    public static ParsedFeed Parse(string xml, string? documentUrl = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), documentUrl);

    public static ParsedEntry SingleEntry(string xml, string? documentUrl = null) =>
        Assert.Single(Parse(xml, documentUrl).Entries);

    /// <summary>Wraps item content in a minimal RSS 2.0 document.</summary>
    public static ParsedEntry RssItem(string itemXml, string namespaces = "") =>
        SingleEntry($"<rss version=\"2.0\" {namespaces}><channel><title>T</title>{itemXml}</channel></rss>");
}
