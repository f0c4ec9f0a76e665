using System.Xml;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>RSS 0.91–0.94 and 2.0: &lt;rss&gt; → &lt;channel&gt; → &lt;item&gt;* (items directly under &lt;rss&gt; are accepted too).</summary>
internal static class RssAdapter
{
    /// <summary>0.9x by the version attribute; 2.0, 2.0.1 and a missing version all mean 2.0 in practice.</summary>
    public static FeedFormat Detect(XmlReader root)
    {
        var version = root.GetAttribute("version")?.Trim();
        return version is not null && version.StartsWith("0.9", StringComparison.Ordinal) ? FeedFormat.Rss09x : FeedFormat.Rss20;
    }

    public static void Read(XmlReader r, FeedBuilder f, Uri? documentBase)
    {
        var baseUri = XmlContent.Base(r, documentBase);
        var lang = XmlContent.Language(r, null);
        if (!XmlContent.EnterChildren(r, out var depth))
            return;
        while (XmlContent.NextChild(r, depth))
        {
            RssElements.ReadTopLevel(r, RssFieldNames.Of(r.LocalName, r.NamespaceURI), f, baseUri, lang);
        }
    }
}
