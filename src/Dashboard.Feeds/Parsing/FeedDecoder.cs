using System.Text;

namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Turns the raw bytes into text before the XML reader sees them, so that encoding problems are
/// handled in one place: BOM first, then the UTF-16/32 byte pattern of "&lt;?", then the XML
/// declaration, and UTF-8 by default. Invalid UTF-8 falls back to Windows-1252, which can decode
/// any byte sequence and is what mislabelled "UTF-8" feeds nearly always are.
/// </summary>
internal static class FeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 via the code-pages provider, registered once for the process.</summary>
    internal static readonly Encoding Windows1252;

    static FeedDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// True when the bytes are valid UTF-8 and say so (UTF-8 BOM, UTF-8 declaration, or no declaration):
    /// then the XML reader can take the bytes as they are. The validity check is vectorised.
    /// </summary>
    public static bool IsUtf8Document(ReadOnlySpan<byte> data)
    {
        if (TryBom(data, out var bom, out _) && bom is not UTF8Encoding)
            return false;
        if (TryWideWithoutBom(data, out _))
            return false;
        var declared = XmlDeclarationEncoding(data);
        return (declared is null || declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || declared.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            && System.Text.Unicode.Utf8.IsValid(data);
    }

    public static string Decode(ReadOnlySpan<byte> data)
    {
        if (TryBom(data, out var bomEncoding, out var bomLength))
        {
            var body = data[bomLength..];
            return bomEncoding is UTF8Encoding ? DecodeUtf8OrFallback(body) : bomEncoding.GetString(body);
        }
        if (TryWideWithoutBom(data, out var wide))
            return wide.GetString(data);

        var declared = XmlDeclarationEncoding(data);
        if (declared is not null && ResolveDeclared(declared) is { } encoding)
            return encoding.GetString(data);
        return DecodeUtf8OrFallback(data);
    }

    private static string DecodeUtf8OrFallback(ReadOnlySpan<byte> data)
    {
        try
        {
            return StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(data);
        }
    }

    private static bool TryBom(ReadOnlySpan<byte> d, out Encoding encoding, out int length)
    {
        (encoding, length) = d switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)StrictUtf8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
            _ => (null!, 0),
        };
        return length > 0;
    }

    /// <summary>XML 1.0 Appendix F: a document without BOM still reveals UTF-16/32 by how "&lt;" is laid out.</summary>
    private static bool TryWideWithoutBom(ReadOnlySpan<byte> d, out Encoding encoding)
    {
        encoding = d switch
        {
            [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
            [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
            [0x00, 0x3C, 0x00, _, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            [0x3C, 0x00, _, 0x00, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            _ => null!,
        };
        return encoding is not null;
    }

    /// <summary>
    /// The encoding name from the &lt;?xml … encoding="…"?&gt; declaration, read as ASCII. Looked for in the
    /// first KB rather than only at offset 0, because generated feeds often emit blank lines or a
    /// comment before it (<see cref="Prolog"/> then removes the misplaced declaration).
    /// </summary>
    internal static string? XmlDeclarationEncoding(ReadOnlySpan<byte> d)
    {
        var start = d[..Math.Min(d.Length, 1024)].IndexOf("<?xml"u8);
        if (start < 0)
            return null;
        d = d[start..];
        var end = d[..Math.Min(d.Length, 512)].IndexOf("?>"u8);
        if (end < 0)
            return null;
        var decl = d[..end];
        var at = decl.IndexOf("encoding"u8);
        if (at < 0)
            return null;
        var rest = decl[(at + "encoding".Length)..].TrimStart(" \t\r\n="u8).TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
            return null;
        var quote = rest[0];
        rest = rest[1..];
        var close = rest.IndexOf(quote);
        return close <= 0 ? null : Encoding.ASCII.GetString(rest[..close]).Trim();
    }

    /// <summary>
    /// Maps a declared name to a decoder, or null to take the UTF-8 path. Names that promise UTF-8 or
    /// UTF-16 (impossible here: no BOM, ASCII-compatible bytes) use UTF-8 with fallback; "ISO-8859-1"
    /// and "US-ASCII" are decoded as Windows-1252, as browsers do, because the bytes 0x80–0x9F in such
    /// feeds are practically always Windows-1252 punctuation (curly quotes, dashes).
    /// </summary>
    private static Encoding? ResolveDeclared(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("utf-8", StringComparison.Ordinal) || lower is "utf8" || lower.StartsWith("utf-16", StringComparison.Ordinal)
            || lower.StartsWith("utf-32", StringComparison.Ordinal) || lower is "utf16" or "utf32" or "ucs-2" or "unicode")
            return null;
        if (lower is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "l1")
            return Windows1252;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // unknown name: the bytes may still be UTF-8, else the fallback applies
        }
    }
}
