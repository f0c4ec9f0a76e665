using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Cli;

/// <summary>
/// The documented <c>inspect</c> output: format, title, link, entries[title, link, id, published,
/// updated, summary, author, source]. Written by hand so the key order and date form are fixed.
/// </summary>
internal static class InspectJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // stdout for people: keep 新华网 readable
    };

    public static string Serialize(ParsedFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName(feed.Format));
            w.WriteString("title", feed.Title);
            w.WriteString("link", feed.Link);
            w.WriteStartArray("entries");
            foreach (var e in feed.Entries)
                WriteEntry(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteEntry(Utf8JsonWriter w, ParsedEntry e)
    {
        w.WriteStartObject();
        w.WriteString("title", e.Title);
        w.WriteString("link", e.Link);
        w.WriteString("id", e.Id);
        w.WriteString("published", Date(e.Published));
        w.WriteString("updated", Date(e.Updated));
        w.WriteString("summary", e.Summary);
        w.WriteString("author", e.Author);
        if (e.Source is null)
        {
            w.WriteNull("source");
        }
        else
        {
            w.WriteStartObject("source");
            w.WriteString("name", e.Source.Name);
            w.WriteString("url", e.Source.Url);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>rss20, rss10, rss09x, atom10, atom03.</summary>
    public static string FormatName(FeedFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>ISO 8601 UTC to the second, e.g. 2025-11-25T04:00:06Z.</summary>
    public static string? Date(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
