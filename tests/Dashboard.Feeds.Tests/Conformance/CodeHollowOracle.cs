using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// Reads a document with CodeHollow.FeedReader 2.1.1 and maps its answer onto the fields our parser has.
/// Its generic item has one date (pubDate, Atom published, or RSS 1.0 dc:date), so the dates come from
/// its format-specific items, where "published" and "updated" elements are kept apart as ours keeps them.
/// </summary>
public static class CodeHollowOracle
{
    /// <summary>Throws whatever CodeHollow throws: which exception is part of what is compared.</summary>
    public static OracleFeed Read(byte[] data)
    {
        var feed = FeedReader.ReadFromByteArray(data);
        return new OracleFeed(feed.Title, feed.Items.Select(Entry).ToArray());
    }

    private static OracleEntry Entry(FeedItem item) => item.SpecificItem switch
    {
        AtomFeedItem atom => new(item.Title, item.Link, atom.PublishedDate, atom.UpdatedDate),
        // RSS 1.0 has no pubDate: dc:date is its modification date, which ours reports as Updated.
        Rss10FeedItem rdf => new(item.Title, item.Link, null, rdf.DC?.Date),
        Rss20FeedItem rss => new(item.Title, item.Link, rss.PublishingDate, rss.DC?.Date),
        MediaRssFeedItem media => new(item.Title, item.Link, media.PublishingDate, media.DC?.Date),
        // RSS 0.91/0.92 items: CodeHollow reads no dc: elements there.
        _ => new(item.Title, item.Link, item.PublishingDate, null),
    };
}
