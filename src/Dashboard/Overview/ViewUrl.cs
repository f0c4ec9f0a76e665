using Dashboard.Classifying;
using Dashboard.Configuration;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Overview;

/// <summary>
/// The view ↔ query string mapping that makes a link reproduce a view:
/// <c>?topic=…&amp;range=7d</c> or <c>&amp;from=…&amp;to=…</c>, <c>&amp;persp=us,china&amp;src=xinhua&amp;outlet=…&amp;q=…</c>.
/// Parse(Format(f)) == f for every filter Parse can produce.
/// </summary>
public static class ViewUrl
{
    /// <summary>
    /// Keys that say how a view is displayed (kiosk mode, colour theme, kept controls), not what it shows:
    /// the parser accepts them without a notice and filter changes carry them over.
    /// </summary>
    public static readonly IReadOnlySet<string> DisplayKeys = new HashSet<string>(["kiosk", "theme", "keep"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a view from decoded query parameters; never throws, a bad parameter becomes a notice and its default.</summary>
    public static ViewParseResult Parse(IReadOnlyDictionary<string, string?> query, DashboardOptions options) =>
        new ViewUrlParser(query, options).Parse();

    /// <summary>Reads a view from a raw query string ("?topic=…" or "topic=…"); repeated keys join with commas.</summary>
    public static ViewParseResult Parse(string queryString, DashboardOptions options) =>
        Parse(QueryHelpers.ParseQuery(queryString).ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase), options);

    /// <summary>
    /// The query string of <paramref name="filter"/>: "?" then topic, range or from+to, persp, src, outlet, q, each only
    /// when it differs from the default, values URL-encoded, lists in configured order. The default view is "".
    /// </summary>
    public static string Format(ViewFilter filter, DashboardOptions options)
    {
        var parts = new List<string>();
        if (filter.Topic != (options.Topics.FirstOrDefault()?.Id ?? "")) parts.Add(Pair("topic", filter.Topic));
        if (filter.Range.IsLive)
        {
            if (filter.Range.PresetName != ViewUrlParser.DefaultRange) parts.Add(Pair("range", filter.Range.PresetName!));
        }
        else
        {
            parts.Add(Pair("from", ViewTimes.Format(filter.Range.From!.Value)));
            parts.Add(Pair("to", ViewTimes.Format(filter.Range.To!.Value)));
        }
        if (filter.Perspectives.Count > 0)
            parts.Add(ListPair("persp", filter.Perspectives, [.. options.Perspectives.Select(p => p.Id), Classification.UnclassifiedId]));
        if (filter.Sources.Count > 0) parts.Add(ListPair("src", filter.Sources, options.Sources.Select(s => s.Id).ToList()));
        if (!string.IsNullOrEmpty(filter.Outlet)) parts.Add(Pair("outlet", filter.Outlet));
        if (!string.IsNullOrEmpty(filter.Query)) parts.Add(Pair("q", filter.Query));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>
    /// The same view pinned to the window a live preset shows at <paramref name="nowUtc"/> (for "copy frozen link");
    /// a fixed range is returned as is. Now is taken to the whole second so the link stays readable.
    /// </summary>
    public static ViewFilter Freeze(ViewFilter filter, DateTime nowUtc)
    {
        if (!filter.Range.IsLive) return filter;
        var second = new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var (from, to) = filter.Range.Resolve(second);
        return filter with { Range = TimeRange.Fixed(from, to) };
    }

    private static string Pair(string key, string value) => key + "=" + Uri.EscapeDataString(value);

    /// <summary>Known ids in configured order first, then any others in ordinal order, each once, joined by a literal comma.</summary>
    private static string ListPair(string key, IReadOnlyList<string> ids, IReadOnlyList<string> configured)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var known = configured.Where(distinct.Contains);
        var others = distinct.Except(configured, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return key + "=" + string.Join(',', known.Concat(others).Select(Uri.EscapeDataString));
    }
}
