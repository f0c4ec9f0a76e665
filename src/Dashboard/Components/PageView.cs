using Dashboard.Components.Pages;
using Dashboard.Configuration;
using Dashboard.Overview;

namespace Dashboard.Components;

/// <summary>
/// The view a page's query asks for: ViewUrl.Parse, then the demo's default window. Every page that shows a view reads
/// its URL here, and so do its chart images and link preview, so an image or preview of a URL shows what that URL's
/// page shows. Bad parameters fall back to defaults and come back as notices.
/// </summary>
public static class PageView
{
    public static ViewParseResult Parse(IReadOnlyDictionary<string, string?> query, DashboardOptions options, AppMode mode)
    {
        var parsed = ViewUrl.Parse(query, options);
        return parsed with { Filter = DemoDefaults.Apply(parsed.Filter, query, mode) };
    }

    public static ViewFilter Read(IReadOnlyDictionary<string, string?> query, DashboardOptions options, AppMode mode) =>
        Parse(query, options, mode).Filter;
}
