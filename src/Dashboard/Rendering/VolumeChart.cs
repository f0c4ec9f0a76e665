using System.Globalization;
using Dashboard.Components;
using Dashboard.Components.Views;
using Dashboard.Overview;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Dashboard.Rendering;

/// <summary>Articles per time bucket (<see cref="TimeRange.BucketFor"/>), one stacked bar per bucket, perspectives bottom-up in the one perspective order (PerspectiveCatalog), as on the page.</summary>
internal static class VolumeChart
{
    public const int MaxTimeLabels = 12;

    // Label steps that read as clock or calendar intervals; the first that keeps to MaxTimeLabels is used.
    private static readonly TimeSpan[] Steps =
        [.. new[] { 5, 10, 15, 30 }.Select(m => TimeSpan.FromMinutes(m)), .. new[] { 1, 2, 3, 6, 12 }.Select(h => TimeSpan.FromHours(h)),
         .. new[] { 1, 2, 7, 14, 28, 56 }.Select(d => TimeSpan.FromDays(d))];

    public static Plot Build(ChartInput input, ChartLook look, PerspectiveCatalog perspectives)
    {
        var order = perspectives.Order(input.Data.Kpis.ByPerspective.Where(c => c.Count > 0), c => c.PerspectiveId).Select(c => c.PerspectiveId).ToList();
        var starts = VolumeBar.BucketStarts(input.Window); // the page's buckets, aligned in UTC like OverviewQueries'
        if (order.Count == 0 || starts.Count == 0) return ChartCanvas.Empty(input.Caption, look);

        var size = TimeRange.BucketFor(input.Window.From, input.Window.To);
        var first = starts[0];
        var buckets = starts.Count;
        var counts = new int[buckets, order.Count];
        foreach (var point in input.Data.Volume)
        {
            var (bucket, perspective) = ((int)((point.BucketStart - first) / size), order.IndexOf(point.PerspectiveId));
            if (bucket >= 0 && bucket < buckets && perspective >= 0) counts[bucket, perspective] += point.Count;
        }

        var plot = ChartCanvas.Create(input.Caption, look);
        var colors = order.Select(id => ChartColors.FromCss(perspectives.Get(id).Color)).ToList();
        var bars = new List<Bar>();
        var highest = 0;
        for (var b = 0; b < buckets; b++)
        {
            var stack = 0;
            for (var p = 0; p < order.Count; p++)
            {
                if (counts[b, p] == 0) continue;
                bars.Add(new Bar { Position = b, ValueBase = stack, Value = stack + counts[b, p], Size = 0.8, FillColor = colors[p], LineWidth = 0 });
                stack += counts[b, p];
            }
            highest = Math.Max(highest, stack);
        }
        plot.Add.Bars(bars);

        plot.Axes.Bottom.TickGenerator = TimeTicks(first, size, buckets);
        plot.Axes.Bottom.Label.Text = size >= TimeSpan.FromDays(1) ? "Day (UTC)" : "Time (UTC)";
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.Label.Text = $"Articles per {Unit(size)}";
        plot.Axes.SetLimits(-0.6, buckets - 0.4, 0, Math.Max(1, highest) * 1.08);
        ChartCanvas.Legend(plot, order.Select(perspectives.Get).Select(p => (p.Name, p.Color)));
        return plot;
    }

    /// <summary>
    /// At most <see cref="MaxTimeLabels"/> labels at round UTC times. Sub-day buckets are labelled at their start (the bar's
    /// left edge) with the time, midnight with the date; day buckets under the bar with the date.
    /// </summary>
    private static NumericManual TimeTicks(DateTime first, TimeSpan size, int buckets)
    {
        var step = Steps.Where(s => s >= size && s.Ticks % size.Ticks == 0).FirstOrDefault(s => buckets * size / s <= MaxTimeLabels, Steps[^1]);
        var days = size >= TimeSpan.FromDays(1);
        var ticks = new NumericManual();
        var end = first + buckets * size;
        for (var t = new DateTime((first.Ticks + step.Ticks - 1) / step.Ticks * step.Ticks, DateTimeKind.Utc); t < end; t += step)
        {
            var index = (t - first) / size;
            var label = days || t.TimeOfDay == TimeSpan.Zero ? t.ToString("d MMM", CultureInfo.InvariantCulture) : t.ToString("HH:mm", CultureInfo.InvariantCulture);
            ticks.AddMajor(days ? index : index - 0.5, label);
        }
        return ticks;
    }

    private static string Unit(TimeSpan size) =>
        size >= TimeSpan.FromDays(1) ? "day" : size >= TimeSpan.FromHours(1) ? "hour" : $"{size.TotalMinutes:0} min";
}
