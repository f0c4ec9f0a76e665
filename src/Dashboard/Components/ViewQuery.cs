using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Components;

/// <summary>Reads a view URL's query, separating the filter's keys from display keys (kiosk, theme, keep, wall playlist).</summary>
public static class ViewQuery
{
    public static readonly IReadOnlySet<string> DisplayKeys = new HashSet<string>(["kiosk", "theme", "keep"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string?> Read(string uri) =>
        QueryHelpers.ParseQuery(new Uri(uri).Query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string?> WithoutDisplayKeys(IReadOnlyDictionary<string, string?> query) =>
        query.Where(kv => !DisplayKeys.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>A filter change keeps how the view is displayed (kiosk, theme, kept controls).</summary>
    public static string KeepDisplayKeys(string url, IReadOnlyDictionary<string, string?> current)
    {
        foreach (var key in DisplayKeys)
            if (current.TryGetValue(key, out var value) && value is not null) url = QueryHelpers.AddQueryString(url, key, value);
        return url;
    }
}
