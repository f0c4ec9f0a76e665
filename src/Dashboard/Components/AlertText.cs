using System.Globalization;
using Dashboard.Alerts;
using Dashboard.Configuration;
using Dashboard.Overview;

namespace Dashboard.Components;

/// <summary>How an alert reads and where it leads, shared by the alerts page and the banner so both say the same.</summary>
public static class AlertText
{
    public static string Usual(AlertSummary a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.BaselineMean:0.0} ± {a.BaselineSd:0.0}");

    public static string Z(AlertSummary a) => a.Z.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>"09:00 UTC" for an hour of today, with the date otherwise (a frozen view can span days).</summary>
    public static string Hour(AlertSummary a, DateTime nowUtc) =>
        a.Hour.Date == nowUtc.Date
            ? a.Hour.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : a.Hour.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The overview of the articles behind the alert: its topic and perspective, frozen to its hour.</summary>
    public static string ArticlesUrl(AlertSummary a, DashboardOptions options) =>
        "/" + ViewUrl.Format(new ViewFilter
        {
            Topic = a.TopicId,
            Perspectives = [a.PerspectiveId],
            Range = TimeRange.Fixed(a.Hour, a.HourEnd),
        }, options);

    /// <summary>
    /// The alerts page of a view. The page's default range is 7d while ViewUrl leaves out the overview's default
    /// (24h), so a 24h view says so explicitly — otherwise the link would open the 7-day list.
    /// </summary>
    public static string AlertsUrl(ViewFilter filter, DashboardOptions options)
    {
        var query = ViewUrl.Format(filter with { Sources = [], Query = null }, options);
        if (filter.Range.PresetName == "24h") query += (query.Length == 0 ? "?" : "&") + "range=24h";
        return "/alerts" + query;
    }

    /// <summary>Whether a pushed alert belongs to a topic's [from, to) window (its hour overlaps it, as AlertQueries.ListAsync).</summary>
    public static bool Within(AlertSummary a, string topicId, DateTime from, DateTime to) =>
        a.TopicId == topicId && a.HourEnd > from && a.Hour < to;
}
