using Dashboard.Overview;

namespace Dashboard.Search;

/// <summary>
/// A view's filter on the window's interned facts, the terms of <see cref="OverviewSql"/>'s article rows: window
/// [FromMs, ToMs), topic, perspectives, sources, outlet (articles without a source only). A value the window never held
/// is -1 and matches nothing; <see cref="Empty"/> says the view can have no match at all.
/// </summary>
internal sealed class WindowFilter
{
    public long FromMs { get; private init; }
    public long ToMs { get; private init; }
    public int Topic { get; private init; }
    /// <summary>Accepted perspective indexes, or null for any.</summary>
    public int[]? Perspectives { get; private init; }
    /// <summary>Accepted source indexes, or null for any.</summary>
    public int[]? Sources { get; private init; }
    /// <summary>The outlet's index (of articles without a source), or null for any.</summary>
    public int? Outlet { get; private init; }

    public bool Empty => Topic < 0 || Perspectives is [] || Sources is [] || Outlet < 0;

    public static WindowFilter From(OverviewSql sql, WindowTables tables)
    {
        var f = sql.Filter;
        static int[]? Known(IReadOnlyList<string> ids, WindowStrings table) =>
            ids.Count == 0 ? null : ids.Select(table.Find).Where(i => i > 0).Distinct().ToArray();
        return new WindowFilter
        {
            FromMs = sql.FromMs,
            ToMs = sql.ToMs,
            Topic = tables.Topics.Find(f.Topic),
            Perspectives = Known(f.Perspectives, tables.Perspectives),
            Sources = Known(f.Sources, tables.Sources),
            Outlet = f.Outlet is null ? null : tables.Outlets.Find(f.Outlet),
        };
    }

    /// <summary>Whether the slot passes every term but the topic and the text, which the scan tests.</summary>
    public bool Accepts(WindowSegment segment, int slot)
    {
        var sortAt = segment.SortAt[slot];
        if (sortAt < FromMs || sortAt >= ToMs) return false;
        if (Perspectives is { } perspectives && Array.IndexOf(perspectives, segment.Perspectives[slot]) < 0) return false;
        if (Sources is { } sources && Array.IndexOf(sources, segment.Sources[slot]) < 0) return false;
        return Outlet is not { } outlet || (segment.Sources[slot] == 0 && segment.Outlets[slot] == outlet);
    }
}
