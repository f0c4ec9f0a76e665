using System.Xml;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>atom:link attributes: which links are the alternate (reader-facing) one, and their target.</summary>
internal static class AtomLinks
{
    /// <summary>rel="alternate", or no rel at all (RFC 4287 §4.2.7.2 makes alternate the default).</summary>
    public static bool IsAlternate(XmlReader r)
    {
        var rel = r.GetAttribute("rel");
        return string.IsNullOrWhiteSpace(rel) || rel.Trim().Equals("alternate", StringComparison.OrdinalIgnoreCase)
            || rel.Trim() == "http://www.iana.org/assignments/relation/alternate";
    }

    /// <summary>The href resolved against the link's own xml:base; does not move the reader.</summary>
    public static string? Href(XmlReader r, Uri? baseUri) =>
        XmlContent.Resolve(r.GetAttribute("href"), XmlContent.Base(r, baseUri));
}
