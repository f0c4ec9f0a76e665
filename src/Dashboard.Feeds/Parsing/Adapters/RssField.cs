using System.Collections.Frozen;

namespace Dashboard.Feeds.Parsing.Adapters;

/// <summary>The RSS core elements the adapters read; everything else is skipped.</summary>
internal enum RssField
{
    Other,
    Channel, Item, Title, Link, Description, Summary, Guid, PubDate, LastBuildDate, Language, Ttl,
    Author, ManagingEditor, Category, Source, Enclosure, FullItem, Image, TextInput,
}

internal static class RssFieldNames
{
    /// <summary>
    /// Case-insensitive because real feeds write &lt;PubDate&gt; or &lt;TITLE&gt; and every reader accepts it;
    /// the name table makes the lookup one hash per element.
    /// </summary>
    private static readonly FrozenDictionary<string, RssField> Map = new Dictionary<string, RssField>
    {
        ["channel"] = RssField.Channel, ["item"] = RssField.Item, ["title"] = RssField.Title,
        ["link"] = RssField.Link, ["description"] = RssField.Description, ["summary"] = RssField.Summary,
        ["guid"] = RssField.Guid, ["pubDate"] = RssField.PubDate, ["lastBuildDate"] = RssField.LastBuildDate,
        ["language"] = RssField.Language, ["ttl"] = RssField.Ttl, ["author"] = RssField.Author,
        ["managingEditor"] = RssField.ManagingEditor, ["category"] = RssField.Category,
        ["source"] = RssField.Source, ["enclosure"] = RssField.Enclosure, ["fullitem"] = RssField.FullItem,
        ["image"] = RssField.Image, ["textInput"] = RssField.TextInput,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static RssField Of(string localName, string ns) =>
        Namespaces.IsRssCore(ns) && Map.TryGetValue(localName, out var field) ? field : RssField.Other;
}
