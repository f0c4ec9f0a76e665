using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Digest;
using Dashboard.Overview;

namespace Dashboard.Rendering;

/// <summary>
/// The one place that builds chart image URLs, <c>/render/{chart}.{format}</c> + the view's canonical query
/// (<see cref="ViewUrl.Format"/>) + width, height and theme only where they differ from the defaults, so one image has
/// one URL (and one cache entry). Used by the link-preview tags, the digest and the pages' "Download PNG" links.
/// </summary>
public static class RenderUrl
{
    public const string Prefix = "/render/";

    /// <summary>Root-relative, e.g. "/render/volume.png?topic=taiwan-strait&amp;persp=china".</summary>
    public static string For(ViewFilter view, DashboardOptions options, ChartKind chart = ChartKind.Volume, ChartFormat format = ChartFormat.Png, ChartLook? look = null)
    {
        var parts = new List<string>();
        var query = ViewUrl.Format(view, options);
        if (query.Length > 0) parts.Add(query[1..]);
        look ??= ChartLook.Default;
        if (look.Width != ChartLook.DefaultWidth) parts.Add("width=" + look.Width.ToString(CultureInfo.InvariantCulture));
        if (look.Height != ChartLook.DefaultHeight) parts.Add("height=" + look.Height.ToString(CultureInfo.InvariantCulture));
        if (look.Theme != ChartTheme.Light) parts.Add("theme=" + look.Theme.Name);
        return $"{Prefix}{chart.Name()}.{format.Extension()}" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }

    /// <summary>The day a digest covers, as a frozen view of its topic: the digest's own window (time zone and day end included).</summary>
    public static ViewFilter DigestView(string topicId, DateOnly day, DigestClock clock)
    {
        var (start, end) = clock.Window(day);
        return new ViewFilter { Topic = topicId, Range = TimeRange.Fixed(start, end) };
    }

    /// <summary>The chart of a digest's day (the volume PNG unless asked otherwise), for the digest page and its Markdown.</summary>
    public static string ForDigest(string topicId, DateOnly day, DigestClock clock, DashboardOptions options,
        ChartKind chart = ChartKind.Volume, ChartFormat format = ChartFormat.Png, ChartLook? look = null) =>
        For(DigestView(topicId, day, clock), options, chart, format, look);

    /// <summary>
    /// <paramref name="url"/> made absolute against the app's base URI (NavigationManager.BaseUri, or the request's
    /// scheme, host and path base), for link previews and Markdown read elsewhere.
    /// </summary>
    public static string Absolute(string baseUri, string url) =>
        new Uri(new Uri(baseUri.EndsWith('/') ? baseUri : baseUri + "/"), url.TrimStart('/')).AbsoluteUri;
}
