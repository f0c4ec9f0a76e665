namespace Dashboard.Storage;

/// <summary>
/// SQLite's BINARY collation (memcmp of UTF-8) for strings compared in C# that SQL would compare: it is code point
/// order, which UTF-16's ordinal order is not — a surrogate pair (U+10000 and up) sorts after U+E000–U+FFFF.
/// </summary>
public static class SqliteText
{
    public static readonly IComparer<string> Comparer = Comparer<string>.Create(Compare);

    public static int Compare(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            bool sx = char.IsSurrogate(x), sy = char.IsSurrogate(y);
            return sx == sy ? x.CompareTo(y) : sx ? 1 : -1;
        }
        return a.Length.CompareTo(b.Length);
    }
}
