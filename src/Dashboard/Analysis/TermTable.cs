using System.Buffers;

namespace Dashboard.Analysis;

/// <summary>
/// A map from short strings, given as spans, to ids (0, 1, … in order of first appearance) and a value per id, for
/// one <see cref="DistinctiveTerms.Compute"/> call. The characters of all keys share one buffer and the hash table is
/// open addressing over ids, all in pooled arrays: a lookup allocates nothing, and a string is made only when asked
/// for. (A Dictionary&lt;string, …&gt; would make a string per distinct key and, at a few thousand documents, arrays
/// big enough for the large object heap, whose collections cost more than the counting.)
/// </summary>
internal sealed class TermTable<TValue> : IDisposable where TValue : struct
{
    private struct Entry
    {
        public int Start, Length, Hash;
        public TValue Value;
    }

    private char[] _chars = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _charCount;
    private Entry[] _entries = ArrayPool<Entry>.Shared.Rent(1024);
    // Id + 1 per slot, 0 when empty; a power-of-two number of slots kept at most half full, probed linearly.
    private int _slotCount = 2048;
    private int[] _slots = ArrayPool<int>.Shared.Rent(2048);

    public TermTable() => _slots.AsSpan(0, _slotCount).Clear();

    public int Count { get; private set; }

    /// <summary>The value of id <paramref name="id"/>; the reference is valid until the next key is added.</summary>
    public ref TValue Value(int id) => ref _entries[id].Value;

    public ReadOnlySpan<char> Key(int id) => _chars.AsSpan(_entries[id].Start, _entries[id].Length);

    /// <summary>The id of <paramref name="key"/>, adding it (with the default value) the first time it is seen.</summary>
    public int Id(ReadOnlySpan<char> key, out bool added)
    {
        // Randomized (Marvin) hashing: the keys come from outside feeds, so collisions must not be craftable.
        var hash = string.GetHashCode(key);
        var mask = _slotCount - 1;
        var slot = hash & mask;
        added = false;
        for (; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var id = _slots[slot] - 1;
            if (_entries[id].Hash == hash && key.SequenceEqual(Key(id))) return id;
        }
        added = true;
        return Add(key, hash, slot);
    }

    private int Add(ReadOnlySpan<char> key, int hash, int slot)
    {
        if (_charCount + key.Length > _chars.Length) _chars = PooledArray.Grow(_chars, _charCount, _charCount + key.Length);
        key.CopyTo(_chars.AsSpan(_charCount));
        if (Count == _entries.Length) _entries = PooledArray.Grow(_entries, Count, Count + 1);
        var id = Count++;
        _entries[id] = new Entry { Start = _charCount, Length = key.Length, Hash = hash };
        _charCount += key.Length;
        _slots[slot] = id + 1;
        if (2 * Count > _slotCount) Rehash(2 * _slotCount);
        return id;
    }

    private void Rehash(int slotCount)
    {
        PooledArray.Return(ref _slots);
        _slotCount = slotCount;
        _slots = ArrayPool<int>.Shared.Rent(slotCount);
        _slots.AsSpan(0, slotCount).Clear();
        var mask = slotCount - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _entries[id].Hash & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }
    }

    public void Dispose()
    {
        PooledArray.Return(ref _chars);
        PooledArray.Return(ref _entries);
        PooledArray.Return(ref _slots);
    }
}
