using System.Xml;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>
/// RDF Site Summary: RSS 1.0 and Netscape's RSS 0.90. Channel and items are siblings under
/// &lt;rdf:RDF&gt;; their namespace tells the two versions apart.
/// </summary>
internal static class RdfAdapter
{
    public static void Read(XmlReader r, FeedBuilder f, Uri? documentBase)
    {
        var baseUri = XmlContent.Base(r, documentBase);
        var lang = XmlContent.Language(r, null);
        if (r.LookupNamespace("") == Namespaces.Rss090)
            f.Format = FeedFormat.Rss09x; // declared as the default namespace, even with no channel yet
        if (!XmlContent.EnterChildren(r, out var depth))
            return;
        while (XmlContent.NextChild(r, depth))
        {
            var field = RssFieldNames.Of(r.LocalName, r.NamespaceURI);
            if (field is RssField.Channel or RssField.Item && r.NamespaceURI == Namespaces.Rss090)
                f.Format = FeedFormat.Rss09x;
            RssElements.ReadTopLevel(r, field, f, baseUri, lang);
        }
    }
}
