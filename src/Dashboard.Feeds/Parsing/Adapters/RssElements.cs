using System.Xml;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>
/// The channel and item vocabulary shared by RSS 0.9x/2.0 and the RDF flavours (RSS 0.90/1.0), which
/// differ only in where channel and items sit in the tree. RSS titles and descriptions are read as
/// HTML: in practice they carry escaped markup and entities far more often than literal '&lt;'.
/// </summary>
internal static class RssElements
{
    /// <summary>Reads the channel's own fields and any items nested in it; consumes the channel element.</summary>
    /// <summary>A child of &lt;rss&gt; or &lt;rdf:RDF&gt;: the channel, an item, or something to skip.</summary>
    public static void ReadTopLevel(XmlReader r, RssField field, FeedBuilder f, Uri? baseUri, string? lang)
    {
        switch (field)
        {
            case RssField.Channel:
                ReadChannel(r, f, baseUri, lang);
                break;
            case RssField.Item:
                f.Started = true;
                f.Entries.Add(ReadItem(r, baseUri, lang));
                break;
            default:
                r.Skip();
                break;
        }
    }

    public static void ReadChannel(XmlReader r, FeedBuilder f, Uri? parentBase, string? parentLang)
    {
        var baseUri = XmlContent.Base(r, parentBase);
        var lang = XmlContent.Language(r, parentLang);
        f.Started = true;
        if (!XmlContent.EnterChildren(r, out var depth))
            return;
        while (XmlContent.NextChild(r, depth))
        {
            if (RssFieldNames.Of(r.LocalName, r.NamespaceURI) == RssField.Item)
                f.Entries.Add(ReadItem(r, baseUri, lang));
            else if (!ReadChannelField(r, f, baseUri))
                r.Skip();
        }
        f.Language ??= lang;
    }

    /// <summary>One child of a channel other than an item; false (reader unmoved) when not recognised.</summary>
    public static bool ReadChannelField(XmlReader r, FeedBuilder f, Uri? baseUri)
    {
        switch (RssFieldNames.Of(r.LocalName, r.NamespaceURI))
        {
            case RssField.Title: Set.IfNull(ref f.Title, ModuleElements.Html(r)); return true;
            case RssField.Link: Set.IfNull(ref f.Link, XmlContent.ReadLink(r, baseUri)); return true;
            case RssField.Description: Set.IfNull(ref f.Subtitle, ModuleElements.Html(r)); return true;
            case RssField.Language: Set.IfNull(ref f.Language, XmlContent.ReadText(r)); return true;
            case RssField.LastBuildDate: Set.IfNull(ref f.Updated, FeedDate.Parse(XmlContent.ReadText(r))); return true;
            case RssField.PubDate: Set.IfNull(ref f.Published, FeedDate.Parse(XmlContent.ReadText(r))); return true;
            case RssField.Ttl: Set.IfNull(ref f.TtlMinutes, ParseTtl(XmlContent.ReadText(r))); return true;
            case RssField.Author or RssField.ManagingEditor: f.SetAuthor(XmlContent.ReadText(r)); return true;
            case RssField.Other: return ModuleElements.ReadFeedElement(r, f, baseUri);
            default: return false; // image, textInput, …: their title/link are not the channel's
        }
    }

    public static ParsedEntry ReadItem(XmlReader r, Uri? parentBase, string? parentLang)
    {
        var baseUri = XmlContent.Base(r, parentBase);
        var e = new EntryBuilder { Language = XmlContent.Language(r, null) };
        // RDF items name their resource in rdf:about; it is the item's identity when there is no guid.
        var about = r.HasAttributes ? r.GetAttribute("about", Namespaces.Rdf) : null;
        if (XmlContent.EnterChildren(r, out var depth))
        {
            while (XmlContent.NextChild(r, depth))
            {
                if (!ReadItemField(r, ref e, baseUri))
                    r.Skip();
            }
        }
        e.Id ??= string.IsNullOrWhiteSpace(about) ? null : about.Trim();
        e.Language ??= parentLang;
        return e.Build();
    }

    private static bool ReadItemField(XmlReader r, ref EntryBuilder e, Uri? baseUri)
    {
        switch (RssFieldNames.Of(r.LocalName, r.NamespaceURI))
        {
            case RssField.Title:
                Set.IfNull(ref e.Title, ModuleElements.Html(r));
                return true;
            case RssField.Link:
                Set.IfNull(ref e.Link, XmlContent.ReadLink(r, baseUri));
                return true;
            case RssField.Description or RssField.Summary:
                // A second description-like element is kept as content rather than lost.
                var text = ModuleElements.Html(r);
                if (e.Summary is null)
                    e.Summary = text;
                else
                    e.Content ??= text;
                return true;
            case RssField.Guid:
                ReadGuid(r, ref e, baseUri);
                return true;
            case RssField.PubDate:
                Set.IfNull(ref e.Published, FeedDate.Parse(XmlContent.ReadText(r)));
                return true;
            case RssField.Author:
                e.SetAuthor(XmlContent.ReadText(r));
                return true;
            case RssField.Category:
                e.AddCategory(XmlContent.ReadText(r));
                return true;
            case RssField.Source:
                var url = XmlContent.Resolve(r.GetAttribute("url"), baseUri);
                var name = XmlContent.ReadText(r);
                e.Source ??= name is null && url is null ? null : new EntrySource(name, url);
                return true;
            case RssField.Enclosure:
                if (ModuleElements.IsImage(null, r.GetAttribute("type")))
                    Set.IfNull(ref e.AltThumbnail, XmlContent.Resolve(r.GetAttribute("url"), baseUri));
                r.Skip();
                return true;
            case RssField.FullItem:
                Set.IfNull(ref e.Content, ModuleElements.Html(r));
                return true;
            case RssField.Other:
                return ModuleElements.ReadEntryElement(r, ref e, baseUri);
            default:
                return false;
        }
    }

    /// <summary>The guid is the id; a permalink guid (the default) also stands in for a missing link.</summary>
    private static void ReadGuid(XmlReader r, ref EntryBuilder e, Uri? baseUri)
    {
        var permaLink = !string.Equals(r.GetAttribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var guidBase = XmlContent.Base(r, baseUri);
        var guid = XmlContent.ReadText(r);
        if (guid is null || e.Id is not null)
            return;
        e.Id = guid;
        if (permaLink && XmlContent.Resolve(guid, guidBase) is { } link
            && (link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            e.GuidLink = link;
    }

    /// <summary>Minutes; zero, negative or absurd values (over a year) are treated as absent.</summary>
    private static int? ParseTtl(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
        && minutes is > 0 and <= 525_600 ? minutes : null;
}
