using System.Xml;
using Dashboard.Feeds.Text;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>
/// Extension-module elements any format may carry: Dublin Core, DC terms, content:encoded, Media RSS,
/// iTunes, XHTML body, and atom:link/atom:updated inside RSS. Each method consumes the element and
/// returns true when it recognised it; otherwise it leaves the reader where it was.
/// </summary>
internal static class ModuleElements
{
    public static bool ReadEntryElement(XmlReader r, ref EntryBuilder e, Uri? baseUri)
    {
        var ns = r.NamespaceURI;
        switch (ns)
        {
            case Namespaces.DublinCore:
                switch (r.LocalName)
                {
                    case "creator" or "author": e.SetAuthor(XmlContent.ReadText(r)); return true;
                    case "date": Set.IfNull(ref e.Updated, FeedDate.Parse(XmlContent.ReadText(r))); return true;
                    case "title": Set.IfNull(ref e.AltTitle, Html(r)); return true;
                    case "description": Set.IfNull(ref e.AltSummary, Html(r)); return true;
                    case "language": Set.IfNull(ref e.Language, XmlContent.ReadText(r)); return true;
                    case "subject": e.AddCategory(XmlContent.ReadText(r)); return true;
                }
                return false;
            case Namespaces.DcTerms:
                switch (r.LocalName)
                {
                    case "issued": Set.IfNull(ref e.AltPublished, FeedDate.Parse(XmlContent.ReadText(r))); return true;
                    case "modified": Set.IfNull(ref e.Updated, FeedDate.Parse(XmlContent.ReadText(r))); return true;
                }
                return false;
            case Namespaces.Content when r.LocalName == "encoded":
                Set.IfNull(ref e.Content, Html(r));
                return true;
            case Namespaces.Xhtml when r.LocalName == "body":
                Set.IfNull(ref e.Content, Html(r));
                return true;
            case Namespaces.Media:
                return ReadMedia(r, ref e, baseUri);
            case Namespaces.Atom10 when r.LocalName == "link":
                if (AtomLinks.IsAlternate(r) && AtomLinks.Href(r, baseUri) is { } href)
                    e.AltLink ??= href;
                r.Skip();
                return true;
            case Namespaces.Atom10 when r.LocalName == "updated":
                Set.IfNull(ref e.Updated, FeedDate.Parse(XmlContent.ReadText(r)));
                return true;
        }
        if (Namespaces.IsITunes(ns))
        {
            switch (r.LocalName)
            {
                case "author": e.SetAuthor(XmlContent.ReadText(r)); return true;
                case "summary" or "subtitle": Set.IfNull(ref e.AltSummary, Html(r)); return true;
            }
        }
        return false;
    }

    public static bool ReadFeedElement(XmlReader r, FeedBuilder f, Uri? baseUri)
    {
        var ns = r.NamespaceURI;
        switch (ns)
        {
            case Namespaces.DublinCore:
                switch (r.LocalName)
                {
                    case "creator" or "author": f.SetAuthor(XmlContent.ReadText(r)); return true;
                    case "date": Set.IfNull(ref f.Updated, FeedDate.Parse(XmlContent.ReadText(r))); return true;
                    case "title": Set.IfNull(ref f.AltTitle, Html(r)); return true;
                    case "description": Set.IfNull(ref f.AltSubtitle, Html(r)); return true;
                    case "language": Set.IfNull(ref f.Language, XmlContent.ReadText(r)); return true;
                }
                return false;
            case Namespaces.DcTerms:
                switch (r.LocalName)
                {
                    case "issued": Set.IfNull(ref f.AltPublished, FeedDate.Parse(XmlContent.ReadText(r))); return true;
                    case "modified": Set.IfNull(ref f.Updated, FeedDate.Parse(XmlContent.ReadText(r))); return true;
                }
                return false;
            case Namespaces.Atom10 when r.LocalName == "link":
                if (AtomLinks.IsAlternate(r) && AtomLinks.Href(r, baseUri) is { } href)
                    f.AltLink ??= href;
                r.Skip();
                return true;
        }
        if (Namespaces.IsITunes(ns))
        {
            switch (r.LocalName)
            {
                case "author": f.SetAuthor(XmlContent.ReadText(r)); return true;
                case "summary" or "subtitle": Set.IfNull(ref f.AltSubtitle, Html(r)); return true;
            }
        }
        return false;
    }

    /// <summary>Media RSS: thumbnails (the card image), image content, and title/description fallbacks.</summary>
    private static bool ReadMedia(XmlReader r, ref EntryBuilder e, Uri? baseUri)
    {
        switch (r.LocalName)
        {
            case "thumbnail":
                Set.IfNull(ref e.Thumbnail, XmlContent.Resolve(r.GetAttribute("url"), baseUri));
                r.Skip();
                return true;
            case "content":
                if (IsImage(r.GetAttribute("medium"), r.GetAttribute("type")))
                    Set.IfNull(ref e.AltThumbnail, XmlContent.Resolve(r.GetAttribute("url"), baseUri));
                ReadMediaChildren(r, ref e, baseUri); // media:content may itself hold a media:thumbnail
                return true;
            case "group":
                ReadMediaChildren(r, ref e, baseUri);
                return true;
            case "title":
                Set.IfNull(ref e.AltTitle, MediaText(r));
                return true;
            case "description":
                Set.IfNull(ref e.AltSummary, MediaText(r));
                return true;
        }
        return false;
    }

    private static void ReadMediaChildren(XmlReader r, ref EntryBuilder e, Uri? baseUri)
    {
        if (!XmlContent.EnterChildren(r, out var depth))
            return;
        while (XmlContent.NextChild(r, depth))
        {
            if (!(r.NamespaceURI == Namespaces.Media && ReadMedia(r, ref e, baseUri)))
                r.Skip();
        }
    }

    /// <summary>media:title/description default to type="plain"; only type="html" is markup.</summary>
    private static string? MediaText(XmlReader r)
    {
        var isHtml = string.Equals(r.GetAttribute("type"), "html", StringComparison.OrdinalIgnoreCase);
        var content = XmlContent.Read(r);
        var text = isHtml || content.IsMarkup ? HtmlText.ToPlainText(content.Value) : Whitespace.Collapse(content.Value);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    internal static bool IsImage(string? medium, string? type) =>
        string.Equals(medium, "image", StringComparison.OrdinalIgnoreCase)
        || (type is not null && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The element's content read as HTML and turned into plain text; null when blank.</summary>
    internal static string? Html(XmlReader r)
    {
        var text = HtmlText.ToPlainText(XmlContent.Read(r).Value);
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
