using System.Buffers;

namespace Dashboard.Feeds.Text;

/// <summary>Whitespace clean-up for display text.</summary>
public static class Whitespace
{
    /// <summary>
    /// Trims and collapses every run of whitespace (including NBSP and line breaks) to one space, and
    /// drops other control characters. Returns the same instance when nothing changes, which is the
    /// usual case for titles.
    /// </summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
            return text;
        var rented = text.Length <= 512 ? null : ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            Span<char> buffer = rented is null ? stackalloc char[text.Length] : rented;
            var writer = new CollapsingWriter(buffer);
            writer.Append(text);
            return writer.ToString();
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>True when the only whitespace is single ' ' between words and there are no control characters.</summary>
    private static bool IsCollapsed(string text)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAny(CollapsingWriter.SpaceOrControl);
        while (at >= 0)
        {
            if (span[at] != ' ' || at == 0 || at == span.Length - 1 || CollapsingWriter.SpaceOrControl.Contains(span[at + 1]))
                return false;
            var next = span[(at + 1)..].IndexOfAny(CollapsingWriter.SpaceOrControl);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }
}
