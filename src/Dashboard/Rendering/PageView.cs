using Dashboard.Components.Pages;
using Dashboard.Configuration;
using Dashboard.Overview;

namespace Dashboard.Rendering;

/// <summary>
/// The view a page's query asks for, read as the overview page reads it (ViewUrl.Parse, then the demo's default
/// window): a chart or link preview of a URL shows what that URL's page shows. Bad parameters fall back as on the page.
/// </summary>
public static class PageView
{
    public static ViewFilter Read(IReadOnlyDictionary<string, string?> query, DashboardOptions options, AppMode mode) =>
        DemoDefaults.Apply(ViewUrl.Parse(query, options).Filter, query, mode);
}
