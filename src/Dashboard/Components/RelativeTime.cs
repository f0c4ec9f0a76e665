namespace Dashboard.Components;

public static class RelativeTime
{
    public static string Format(DateTime utc, DateTime now)
    {
        var d = now - utc;
        if (d < TimeSpan.Zero) return "in " + Span(-d);
        return d.TotalDays < 30 ? Span(d) + " ago" : utc.ToString("yyyy-MM-dd");
    }

    private static string Span(TimeSpan d)
    {
        if (d.TotalSeconds < 60) return $"{(int)d.TotalSeconds} s";
        if (d.TotalMinutes < 60) return $"{(int)d.TotalMinutes} min";
        if (d.TotalHours < 24) return $"{(int)d.TotalHours} h";
        return $"{(int)d.TotalDays} d";
    }
}
