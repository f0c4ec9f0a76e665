using BenchmarkDotNet.Attributes;
using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Rendering;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks;

/// <summary>
/// Drawing and encoding one chart image at the Open Graph size (1200×630), the part of a /render request that the
/// cache saves: a busy week (168 hourly buckets × 3 perspectives, 12 outlets, CJK names among them), no database.
/// </summary>
[MemoryDiagnoser]
public class ChartRenderBenchmarks
{
    private ChartRenderer _renderer = null!;
    private ChartInput _input = null!;

    [Params(ChartKind.Volume, ChartKind.Outlets, ChartKind.Share)]
    public ChartKind Chart { get; set; }

    [Params(ChartFormat.Png, ChartFormat.Svg)]
    public ChartFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new DashboardOptions
        {
            Perspectives = [new() { Id = "us", Name = "United States", Color = "#0072B2" }, new() { Id = "china", Name = "China", Color = "#D55E00" }, new() { Id = "japan", Name = "Japan", Color = "#CC79A7" }],
            Topics = [new() { Id = "us-china", Name = "US vs China" }],
        };
        var perspectives = new PerspectiveCatalog(Options.Create(options));
        _renderer = new ChartRenderer(null!, Options.Create(options), perspectives);
        var to = new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
        var filter = new ViewFilter { Topic = "us-china", Range = TimeRange.Fixed(to.AddDays(-7), to) };
        string[] ids = ["us", "china", "japan"];
        var volume = Enumerable.Range(0, 168).SelectMany(h => ids.Select((p, i) => new VolumePoint(to.AddDays(-7).AddHours(h), p, 5 + (h * (i + 3)) % 17))).ToList();
        string[] names = ["新华网", "Reuters", "人民日报", "The New York Times", "朝日新聞", "Kyodo News", "China Daily", "조선일보", "Bloomberg", "環球時報", "NHK", "AP"];
        var outlets = names.Select((n, i) => new OutletCount(null, n, ids[i % 3], 200 - i * 13)).ToList();
        var counts = ids.Select(p => new PerspectiveCount(p, volume.Where(v => v.PerspectiveId == p).Sum(v => v.Count))).ToList();
        var kpis = new Kpis(counts.Sum(c => c.Count), counts, outlets.Count, to);
        _input = new ChartInput(filter, filter.Range.Resolve(to), new OverviewAggregates(kpis, volume, outlets), ViewCaption.Describe(filter, options, perspectives));
        Console.WriteLine($"// {Chart} {Format}: {_renderer.Render(Chart, Format, _input, ChartLook.Default).Length:N0} bytes");
    }

    [Benchmark]
    public int Render() => _renderer.Render(Chart, Format, _input, ChartLook.Default).Length;
}
