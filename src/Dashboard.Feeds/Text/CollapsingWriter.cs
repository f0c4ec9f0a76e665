using System.Buffers;

namespace Dashboard.Feeds.Text;

/// <summary>
/// Writes display text into a caller-provided buffer, collapsing every whitespace run to one space,
/// dropping control characters and leading/trailing space as it goes, so that producing text and
/// cleaning it is a single pass. Runs of ordinary characters are found with a vectorised search and
/// copied in bulk.
/// </summary>
internal ref struct CollapsingWriter(Span<char> buffer)
{
    /// <summary>Every char that is whitespace (char.IsWhiteSpace) or a control character.</summary>
    internal static readonly SearchValues<char> SpaceOrControl = SearchValues.Create(BuildSpaceOrControl());

    private readonly Span<char> _buffer = buffer;
    private int _length;
    private bool _pendingSpace;

    public readonly int Length => _length;

    /// <summary>Marks a word break (a space that is emitted only if more text follows).</summary>
    public void Break() => _pendingSpace = _length > 0;

    public void Append(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            Break();
            return;
        }
        if (char.IsControl(c))
            return;
        if (_pendingSpace)
        {
            _buffer[_length++] = ' ';
            _pendingSpace = false;
        }
        _buffer[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var stop = text.IndexOfAny(SpaceOrControl);
            var run = stop < 0 ? text : text[..stop];
            if (!run.IsEmpty)
            {
                if (_pendingSpace)
                {
                    _buffer[_length++] = ' ';
                    _pendingSpace = false;
                }
                run.CopyTo(_buffer[_length..]);
                _length += run.Length;
            }
            if (stop < 0)
                return;
            Append(text[stop]);
            text = text[(stop + 1)..];
        }
    }

    public readonly override string ToString() => new(_buffer[.._length]);

    private static string BuildSpaceOrControl()
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c) || char.IsControl((char)c))
                chars.Add((char)c);
        }
        return new string(chars.ToArray());
    }
}
