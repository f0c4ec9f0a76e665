using Dashboard.Configuration;
using Dashboard.Overview;

namespace Dashboard.Api;

/// <summary>
/// The view parameters of a JSON endpoint, read by the same parser as the pages' URLs — but strictly: where a
/// page falls back to a default with a notice, the API answers 400 with the notices, so a script never silently
/// receives a different view than it asked for.
/// </summary>
internal static class ApiView
{
    public static (ViewFilter? Filter, IResult? Error) Read(HttpRequest request, DashboardOptions options, params string[] ownKeys)
    {
        var query = request.Query
            .Where(p => !ownKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var parsed = ViewUrl.Parse(query, options);
        return parsed.Notices.Count == 0
            ? (parsed.Filter, null)
            : (null, BadRequest(string.Join(" ", parsed.Notices)));
    }

    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: 400, title: "invalid parameter", detail: "api: " + detail);

    /// <summary>
    /// An optional integer parameter in [min, max]: <paramref name="fallback"/> when absent; given empty, twice, or as
    /// anything but a plain integer in range, a problem naming it.
    /// </summary>
    public static (int Value, IResult? Error) Int(HttpRequest request, string key, int fallback, int min, int max)
    {
        if (!request.Query.TryGetValue(key, out var values)) return (fallback, null);
        var text = values.ToString();
        return values.Count == 1 && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
               && value >= min && value <= max
            ? (value, null)
            : (fallback, BadRequest($"{key} must be an integer between {min} and {max}, got '{text}'"));
    }
}
