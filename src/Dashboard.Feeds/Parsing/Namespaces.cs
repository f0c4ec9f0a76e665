namespace Dashboard.Feeds.Parsing;

/// <summary>Namespace URIs the adapters recognise.</summary>
internal static class Namespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string ITunesLower = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    /// <summary>
    /// RSS core elements carry no namespace, except in the RDF flavours and a few historical
    /// variants (UserLand's and Harvard's RSS 2.0 namespaces). Any other namespace is a module that
    /// merely reuses a core local name ("szf:description") and must not be mistaken for it.
    /// </summary>
    public static bool IsRssCore(string ns) => ns.Length == 0 || ns switch
    {
        Rss10 or Rss090 => true,
        "http://backend.userland.com/rss" or "http://backend.userland.com/rss2" or "http://backend.userland.com/rss2.1" => true,
        "http://blogs.law.harvard.edu/tech/rss" or "http://purl.org/net/rss1.1#" => true,
        _ => false,
    };

    /// <summary>iTunes feeds spell their namespace URI with either case ("DTDs/Podcast").</summary>
    public static bool IsITunes(string ns) => ns.Equals(ITunesLower, StringComparison.OrdinalIgnoreCase);

    public static bool IsAtom(string ns) => ns is Atom10 or Atom03;
}
