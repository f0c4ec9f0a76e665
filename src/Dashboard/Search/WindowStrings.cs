using System.Collections.Concurrent;

namespace Dashboard.Search;

/// <summary>
/// Interned strings of the search window (perspective, source, outlet and topic ids): an index per distinct string, 0
/// for none. Only the window's writer adds; readers look up and read concurrently, so the list is an array replaced
/// when it grows, written before the index that refers to it is published.
/// </summary>
internal sealed class WindowStrings
{
    private readonly ConcurrentDictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private string?[] _items = new string?[16];
    private int _count = 1; // 0 is none

    /// <summary>The index of <paramref name="value"/>, added if new; 0 for null.</summary>
    public int Intern(string? value)
    {
        if (value is null) return 0;
        if (_indexes.TryGetValue(value, out var index)) return index;
        if (_count == _items.Length)
        {
            var grown = new string?[_items.Length * 2];
            _items.CopyTo(grown, 0);
            Volatile.Write(ref _items, grown);
        }
        _items[_count] = value;
        _indexes[value] = _count;
        return _count++;
    }

    /// <summary>The index of <paramref name="value"/>, or -1 when the window has never held it.</summary>
    public int Find(string value) => _indexes.TryGetValue(value, out var index) ? index : -1;

    public string? this[int index] => index == 0 ? null : Volatile.Read(ref _items)[index];

    public int Count => _indexes.Count;
}
