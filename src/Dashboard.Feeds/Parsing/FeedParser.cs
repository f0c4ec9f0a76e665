using System.Xml;
using Dashboard.Feeds.Parsing.Adapters;

namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Bytes in, <see cref="ParsedFeed"/> out: no I/O, no shared state. Whatever the input, the only
/// exception that leaves this class is <see cref="FeedParseException"/>.
/// Two paths: well-formed UTF-8 (nearly every feed) is read straight from the bytes; anything else,
/// or anything the XML reader rejects, is decoded to text, repaired where that is cheap and safe,
/// and read again, keeping what precedes a fatal error.
/// </summary>
public static class FeedParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Parse (not Ignore) so internal-subset entities work; with no resolver nothing external is
        // ever fetched, and the entity cap stops "billion laughs" expansion.
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 100_000, // internal-subset entities in feeds are a few words long
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false, // stray control characters are common and harmless once we read text
    };

    public static ParsedFeed Parse(byte[] data, string? documentUrl = null) => Guarded(data ?? [], documentUrl);

    public static ParsedFeed Parse(ReadOnlySpan<byte> data, string? documentUrl = null) => Guarded(data.ToArray(), documentUrl);

    public static ParsedFeed Parse(Stream stream, string? documentUrl = null)
    {
        byte[] data;
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            data = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or ArgumentNullException)
        {
            throw new FeedParseException($"parse: cannot read input: {ex.Message}", inner: ex);
        }
        return Guarded(data, documentUrl);
    }

    private static ParsedFeed Guarded(byte[] data, string? documentUrl)
    {
        try
        {
            var documentBase = documentUrl is not null && Uri.TryCreate(documentUrl, UriKind.Absolute, out var uri) ? uri : null;
            return ParseBytes(data, documentBase);
        }
        catch (FeedParseException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug or a pathological input must surface as a feed error, not take down the poller.
            throw new FeedParseException($"parse: unexpected {ex.GetType().Name}: {ex.Message}", inner: ex);
        }
    }

    private static ParsedFeed ParseBytes(byte[] data, Uri? documentBase)
    {
        if (FeedDecoder.IsUtf8Document(data))
        {
            try
            {
                // The XML reader decodes UTF-8 in small chunks: no document-sized string is built.
                using var r = XmlReader.Create(new MemoryStream(data, writable: false), Settings);
                return Read(r, documentBase, new Progress());
            }
            catch (XmlException)
            {
                // ill-formed: the text path below reports, repairs or salvages it
            }
        }
        var text = FeedDecoder.Decode(data);
        if (string.IsNullOrWhiteSpace(text))
            throw new FeedParseException("parse: empty document");
        return ParseText(Prolog.Normalize(text), documentBase, mayRepair: true);
    }

    /// <summary>
    /// Reads <paramref name="xml"/>. On an XML error, if the repairs (undeclared entities and prefixes)
    /// change the text, it is read once more, repaired; failing that, what was read before the error
    /// is kept when the feed had begun, else the error is reported with its position.
    /// </summary>
    private static ParsedFeed ParseText(string xml, Uri? documentBase, bool mayRepair)
    {
        var progress = new Progress();
        try
        {
            using var stringReader = new StringReader(xml);
            using var r = XmlReader.Create(stringReader, Settings);
            return Read(r, documentBase, progress);
        }
        catch (XmlException) when (mayRepair && TryRepair(xml, out var repaired))
        {
            return ParseText(repaired, documentBase, mayRepair: false);
        }
        catch (XmlException ex)
        {
            var message = $"parse: not well-formed XML: {WithoutPosition(ex.Message)}";
            if (progress.Builder is not { HasContent: true } builder)
                throw NonFeedSniffer.Classify(xml, ex) ?? new FeedParseException(message, ex.LineNumber, ex.LinePosition, ex);
            // A document that breaks off (truncated download, stray tag) keeps what was read before the
            // break, provided the feed itself had begun: a partial feed is more useful than an error.
            return builder.Build($"{message} (line {ex.LineNumber}:{ex.LinePosition}); kept {builder.Entries.Count} entries read before it");
        }
    }

    /// <summary>The cheap-to-detect, expensive-to-scan fixes, applied only after a first read failed.</summary>
    private static bool TryRepair(string xml, out string repaired)
    {
        repaired = NamespaceRepair.Repair(EntityRepair.Repair(xml));
        return !ReferenceEquals(repaired, xml);
    }

    /// <summary>Dispatches on the root element; the builder is published in <paramref name="progress"/> before reading.</summary>
    private static ParsedFeed Read(XmlReader r, Uri? documentBase, Progress progress)
    {
        r.MoveToContent();
        if (r.NodeType != XmlNodeType.Element)
            throw new FeedParseException("parse: no root element", Line(r), Column(r));
        switch (r.LocalName)
        {
            case "rss":
                RssAdapter.Read(r, progress.Builder = new FeedBuilder(RssAdapter.Detect(r)), documentBase);
                break;
            case "RDF":
                RdfAdapter.Read(r, progress.Builder = new FeedBuilder(FeedFormat.Rss10), documentBase);
                break;
            case "feed":
                AtomAdapter.Read(r, progress.Builder = new FeedBuilder(AtomAdapter.Detect(r)), documentBase);
                break;
            default:
                throw new FeedParseException($"parse: not a feed (root element <{r.Name}>)", Line(r), Column(r));
        }
        return progress.Builder.Build();
    }

    /// <summary>Lets the error handler see how far reading got.</summary>
    private sealed class Progress
    {
        public FeedBuilder? Builder;
    }

    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd();
    }

    private static int? Line(XmlReader r) => r is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static int? Column(XmlReader r) => r is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : null;
}
