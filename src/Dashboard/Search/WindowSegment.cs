using System.Text;
using Dashboard.Overview;

namespace Dashboard.Search;

/// <summary>
/// Up to <see cref="Capacity"/> articles of the search window, in id order: their facts in parallel arrays and their
/// title and snippet as ASCII-folded UTF-8 (<see cref="TextQuery"/>'s rule) in one byte arena, so a search is a
/// vectorised substring scan instead of one row read per article. One writer (<see cref="SearchWindow"/>, under its
/// lock) appends and updates; readers see the first <see cref="Count"/> slots, published after their data.
/// </summary>
internal sealed class WindowSegment(WindowTables tables)
{
    /// <summary>
    /// Small enough that a segment's text (≈ 250 bytes an article) stays under the large-object threshold (85,000 bytes):
    /// growing large arenas made each commit of a few thousand articles trigger a full (gen 2) collection.
    /// </summary>
    public const int Capacity = 256;
    public const long NoStory = 0;

    public readonly long[] Ids = new long[Capacity];
    public readonly long[] SortAt = new long[Capacity];
    /// <summary>The story id, or <see cref="NoStory"/> (story ids start at 1).</summary>
    public readonly long[] StoryIds = new long[Capacity];
    public readonly int[] Perspectives = new int[Capacity];
    public readonly int[] Sources = new int[Capacity];
    public readonly int[] Outlets = new int[Capacity];
    /// <summary>Slot i's title is text[TitleStart[i]..SnippetStart[i]), its snippet text[SnippetStart[i]..TextEnd[i]).</summary>
    public readonly int[] TitleStart = new int[Capacity];
    public readonly int[] SnippetStart = new int[Capacity];
    public readonly int[] TextEnd = new int[Capacity];

    private const int BitsPerWord = 64;
    /// <summary>By topic index: a bit per slot set when the article has the topic; null when none has.</summary>
    private ulong[]?[] _topics = [];
    private byte[] _text = new byte[16 * 1024];
    private int _textLength;
    private int _count;
    private long _minSortAt = long.MaxValue, _maxSortAt = long.MinValue;

    public WindowTables Tables { get; } = tables;
    public int Count => Volatile.Read(ref _count);
    public bool IsFull => _count == Capacity;
    public long FirstId => Ids[0];
    public long LastId => Ids[_count - 1];
    public long MaxSortAt => Volatile.Read(ref _maxSortAt);
    public long MinSortAt => Volatile.Read(ref _minSortAt);
    public byte[] Text => Volatile.Read(ref _text);

    /// <summary>Bytes held: the arrays and the text arena.</summary>
    public long Bytes => Capacity * (3L * sizeof(long) + 6L * sizeof(int)) + _text.Length
        + _topics.Sum(t => t is null ? 0L : (long)t.Length * sizeof(ulong));

    /// <summary>
    /// Appends an article (the caller keeps ids ascending), interning its ids; its topics are set before it is published.
    /// No source is none, whether null or '' (as stored).
    /// </summary>
    public void Append(long id, long sortAt, string perspectiveId, string? sourceId, string? outlet, long? storyId,
        string title, string? snippet, IEnumerable<string> topicIds)
    {
        var slot = _count;
        TitleStart[slot] = _textLength;
        AppendText(title);
        SnippetStart[slot] = _textLength;
        AppendText(snippet);
        TextEnd[slot] = _textLength;
        (Ids[slot], SortAt[slot], StoryIds[slot]) = (id, sortAt, storyId ?? NoStory);
        Perspectives[slot] = Tables.Perspectives.Intern(perspectiveId);
        Sources[slot] = Tables.Sources.Intern(string.IsNullOrEmpty(sourceId) ? null : sourceId);
        Outlets[slot] = Tables.Outlets.Intern(outlet);
        foreach (var topicId in topicIds) AddTopic(slot, topicId);
        if (sortAt < _minSortAt) Volatile.Write(ref _minSortAt, sortAt);
        if (sortAt > _maxSortAt) Volatile.Write(ref _maxSortAt, sortAt);
        Volatile.Write(ref _count, slot + 1);
    }

    private void AppendText(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var needed = _textLength + Encoding.UTF8.GetByteCount(value);
        if (needed > _text.Length)
        {
            // By half, not doubling: 16 → 24 → 36 → 54 → 81 KB still fits a typical segment under the threshold.
            var grown = new byte[Math.Max(needed, _text.Length + _text.Length / 2)];
            _text.AsSpan(0, _textLength).CopyTo(grown);
            Volatile.Write(ref _text, grown);
        }
        // Encoding.UTF8 turns a lone surrogate into U+FFFD, as SQLite's text does, so both search the same bytes.
        var written = Encoding.UTF8.GetBytes(value, _text.AsSpan(_textLength));
        foreach (ref var b in _text.AsSpan(_textLength, written))
            if (b is >= (byte)'A' and <= (byte)'Z') b += 32;
        _textLength += written;
    }

    /// <summary>Trims the arena to its text once the segment is full (growth leaves spare room).</summary>
    public void Seal()
    {
        if (_text.Length == _textLength) return;
        Volatile.Write(ref _text, _text.AsSpan(0, _textLength).ToArray());
    }

    public void AddTopic(int slot, string topicId)
    {
        var topic = Tables.Topics.Intern(topicId);
        if (topic >= _topics.Length)
        {
            var grown = new ulong[]?[topic + 1];
            _topics.CopyTo(grown, 0);
            Volatile.Write(ref _topics, grown);
        }
        var bits = _topics[topic] ??= new ulong[Capacity / BitsPerWord];
        bits[slot / BitsPerWord] |= Bit(slot);
    }

    private static ulong Bit(int slot) => 1UL << (slot % BitsPerWord);

    private static bool Has(ulong[] bits, int slot) => (bits[slot / BitsPerWord] & Bit(slot)) != 0;

    /// <summary>The topic indexes slot <paramref name="slot"/> has.</summary>
    public IEnumerable<int> TopicsOf(int slot) =>
        Volatile.Read(ref _topics).Select((bits, topic) => (bits, topic))
            .Where(t => t.bits is not null && Has(t.bits, slot)).Select(t => t.topic);

    /// <summary>The slot of <paramref name="id"/>, or -1.</summary>
    public int Find(long id) => Array.BinarySearch(Ids, 0, Count, id) is var slot and >= 0 ? slot : -1;

    /// <summary>Title and snippet as stored (ASCII-folded; the snippet empty when there is none).</summary>
    public (string Title, string Snippet) Texts(int slot)
    {
        var text = Text;
        return (Encoding.UTF8.GetString(text, TitleStart[slot], SnippetStart[slot] - TitleStart[slot]),
            Encoding.UTF8.GetString(text, SnippetStart[slot], TextEnd[slot] - SnippetStart[slot]));
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the slots that <paramref name="filter"/> accepts and whose title or snippet contains
    /// <paramref name="needle"/> (folded UTF-8): one scan of the arena, each hit mapped to its slot and field, so a needle
    /// that spans a title's end and its snippet's start is no match, as in SQL.
    /// </summary>
    public void Match(ReadOnlySpan<byte> needle, WindowFilter filter, List<WindowArticle> into)
    {
        var count = Count;
        if (count == 0 || MaxSortAt < filter.FromMs || MinSortAt >= filter.ToMs) return;
        var topics = Volatile.Read(ref _topics);
        if (filter.Topic >= topics.Length || topics[filter.Topic] is not { } topicBits) return;
        var text = Text;
        var end = TextEnd[count - 1];
        var at = 0;
        while (at < end)
        {
            var found = text.AsSpan(at, end - at).IndexOf(needle);
            if (found < 0) break;
            var position = at + found;
            var slot = SlotAt(position, count);
            var fieldEnd = position < SnippetStart[slot] ? SnippetStart[slot] : TextEnd[slot];
            if (position + needle.Length > fieldEnd)
            {
                at = position + 1;
                continue;
            }
            if (Has(topicBits, slot) && filter.Accepts(this, slot))
                into.Add(new WindowArticle(this, slot));
            at = TextEnd[slot];
        }
    }

    /// <summary>The slot whose text holds byte <paramref name="position"/>: the last slot starting at or before it.</summary>
    private int SlotAt(int position, int count)
    {
        int lo = 0, hi = count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (TitleStart[mid] <= position) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
