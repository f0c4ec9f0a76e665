using Dashboard.Overview;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Components;

/// <summary>Reads a view URL's query, and carries its display keys (ViewUrl.DisplayKeys) over to a new view URL.</summary>
public static class ViewQuery
{
    public static IReadOnlyDictionary<string, string?> Read(string uri) =>
        QueryHelpers.ParseQuery(new Uri(uri).Query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>A filter change keeps how the view is displayed (kiosk, theme, kept controls).</summary>
    public static string KeepDisplayKeys(string url, IReadOnlyDictionary<string, string?> current)
    {
        foreach (var key in ViewUrl.DisplayKeys)
            if (current.TryGetValue(key, out var value) && value is not null) url = QueryHelpers.AddQueryString(url, key, value);
        return url;
    }
}
