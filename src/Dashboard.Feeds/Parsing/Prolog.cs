namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Fixes the commonest prolog error of generated feeds: an XML declaration that is not the very first
/// thing in the document (blank lines or a comment printed before it by a template), which XML
/// readers reject outright. The declaration has done its only job (naming the encoding) by now, so
/// it is simply removed.
/// </summary>
internal static class Prolog
{
    public static string Normalize(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        var at = head.IndexOf("<?xml", StringComparison.Ordinal);
        if (at <= 0 || at + 5 >= head.Length || !char.IsWhiteSpace(head[at + 5]))
            return text;
        var end = head[at..].IndexOf("?>", StringComparison.Ordinal);
        if (end < 0)
            return text;
        return string.Concat(text.AsSpan(0, at), text.AsSpan(at + end + 2));
    }
}
