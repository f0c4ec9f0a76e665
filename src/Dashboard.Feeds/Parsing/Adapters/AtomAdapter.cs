using System.Xml;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>
/// Atom 1.0 and 0.3. Core elements are those in the root element's namespace, which also covers
/// pre-release Atom namespaces and namespace-less &lt;feed&gt; documents.
/// </summary>
internal static class AtomAdapter
{
    public static FeedFormat Detect(XmlReader root) => root.NamespaceURI switch
    {
        Namespaces.Atom10 => FeedFormat.Atom10,
        Namespaces.Atom03 => FeedFormat.Atom03,
        _ => root.GetAttribute("version")?.Trim() == "0.3" ? FeedFormat.Atom03 : FeedFormat.Atom10,
    };

    public static void Read(XmlReader r, FeedBuilder f, Uri? documentBase)
    {
        var core = r.NamespaceURI;
        var baseUri = XmlContent.Base(r, documentBase);
        var lang = XmlContent.Language(r, null);
        f.Language = lang;
        f.Started = true;
        if (!XmlContent.EnterChildren(r, out var depth))
            return;
        while (XmlContent.NextChild(r, depth))
        {
            if (r.NamespaceURI != core)
            {
                if (!ModuleElements.ReadFeedElement(r, f, baseUri))
                    r.Skip();
                continue;
            }
            switch (r.LocalName)
            {
                case "title": Set.IfNull(ref f.Title, AtomText.Read(r)); break;
                case "subtitle" or "tagline": Set.IfNull(ref f.Subtitle, AtomText.Read(r)); break;
                case "link": Set.IfNull(ref f.Link, ReadAlternateLink(r, baseUri)); break;
                case "id": Set.IfNull(ref f.Id, XmlContent.ReadText(r)); break;
                case "updated" or "modified": f.Updated = FeedDate.Parse(XmlContent.ReadText(r)) ?? f.Updated; break;
                case "published": f.Published = FeedDate.Parse(XmlContent.ReadText(r)) ?? f.Published; break;
                case "issued": Set.IfNull(ref f.AltPublished, FeedDate.Parse(XmlContent.ReadText(r))); break;
                case "author":
                    var (name, email, url) = ReadPerson(r, core, baseUri);
                    if (f.Author is null && f.AuthorEmail is null)
                        (f.Author, f.AuthorEmail, f.AuthorUrl) = (name ?? email, email, url);
                    break;
                case "entry": f.Entries.Add(ReadEntry(r, core, baseUri, lang)); break;
                default: r.Skip(); break;
            }
        }
    }

    private static ParsedEntry ReadEntry(XmlReader r, string core, Uri? parentBase, string? parentLang)
    {
        var baseUri = XmlContent.Base(r, parentBase);
        var e = new EntryBuilder { Language = XmlContent.Language(r, parentLang) };
        if (!XmlContent.EnterChildren(r, out var depth))
            return e.Build();
        while (XmlContent.NextChild(r, depth))
        {
            if (r.NamespaceURI != core)
            {
                if (!ModuleElements.ReadEntryElement(r, ref e, baseUri))
                    r.Skip();
                continue;
            }
            switch (r.LocalName)
            {
                case "title": Set.IfNull(ref e.Title, AtomText.Read(r)); break;
                case "link": Set.IfNull(ref e.Link, ReadAlternateLink(r, baseUri)); break;
                case "id": Set.IfNull(ref e.Id, XmlContent.ReadText(r)); break;
                // <published> beats <issued> (its 0.3 name); the last <updated> wins, as later values are corrections.
                case "published": e.Published = FeedDate.Parse(XmlContent.ReadText(r)) ?? e.Published; break;
                case "issued": Set.IfNull(ref e.AltPublished, FeedDate.Parse(XmlContent.ReadText(r))); break;
                case "updated" or "modified": e.Updated = FeedDate.Parse(XmlContent.ReadText(r)) ?? e.Updated; break;
                case "summary": Set.IfNull(ref e.Summary, AtomText.Read(r)); break;
                case "content": Set.IfNull(ref e.Content, AtomText.Read(r)); break;
                case "category":
                    var term = r.GetAttribute("term");
                    var text = XmlContent.ReadText(r);
                    e.AddCategory(term ?? text);
                    break;
                case "author":
                    var (name, email, url) = ReadPerson(r, core, baseUri);
                    if (e.Author is null && e.AuthorEmail is null)
                        (e.Author, e.AuthorEmail, e.AuthorUrl) = (name ?? email, email, url);
                    break;
                default: r.Skip(); break;
            }
        }
        return e.Build();
    }

    /// <summary>The target of an alternate link (href, or the element text some 0.3 feeds use); null for other rels.</summary>
    private static string? ReadAlternateLink(XmlReader r, Uri? baseUri)
    {
        if (!AtomLinks.IsAlternate(r))
        {
            r.Skip();
            return null;
        }
        var href = AtomLinks.Href(r, baseUri);
        if (href is not null)
        {
            r.Skip();
            return href;
        }
        return XmlContent.ReadLink(r, baseUri);
    }

    private static (string? Name, string? Email, string? Url) ReadPerson(XmlReader r, string core, Uri? parentBase)
    {
        var baseUri = XmlContent.Base(r, parentBase);
        string? name = null, email = null, url = null;
        if (!XmlContent.EnterChildren(r, out var depth))
            return (null, null, null);
        while (XmlContent.NextChild(r, depth))
        {
            if (r.NamespaceURI != core)
            {
                r.Skip();
                continue;
            }
            switch (r.LocalName)
            {
                case "name": Set.IfNull(ref name, XmlContent.ReadText(r)); break;
                case "email": Set.IfNull(ref email, XmlContent.ReadText(r)); break;
                case "uri" or "url" or "homepage": Set.IfNull(ref url, XmlContent.ReadLink(r, baseUri)); break;
                default: r.Skip(); break;
            }
        }
        return (name is null ? null : Text.Whitespace.Collapse(name), email, url);
    }
}
