using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Components.Views;

public partial class VolumeChart
{
    [Parameter, EditorRequired] public required IReadOnlyList<VolumePoint> Points { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<OutageSpan> Outages { get; set; }
    [Parameter] public (DateTime From, DateTime To) Window { get; set; }
    /// <summary>CSS height of the plot (the wall gives it its grid cell).</summary>
    [Parameter] public string Height { get; set; } = "300px";
    [Parameter] public EventCallback<VolumeBar> OnBucket { get; set; }

    [Inject] private PerspectiveCatalog Perspectives { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    private List<ChartSeries<int>> _series = [];
    private string[] _labels = [];
    private StackedBarChartOptions _options = new();
    private IReadOnlyList<PerspectiveOptions> _perspectives = [];
    private IReadOnlyList<List<VolumeBar>> _bars = [];
    private int _total;
    private int _drills;
    private SvgPath? _hovered;
    private ElementReference _frame;
    /// <summary>How many time labels fit the chart's width in its font (measured in the browser; 12 until then).</summary>
    private int _maxLabels = 12;

    // Built once per new data, not on every render (hover redraws the chart).
    protected override void OnParametersSet()
    {
        var ids = Perspectives.Order(Points.Select(p => p.PerspectiveId).Distinct(), id => id).ToList();
        var bars = VolumeBar.Build(Points, Window, ids);
        _bars = ids.Select(id => bars[id]).ToList();
        _perspectives = ids.Select(Perspectives.Get).ToList();
        _labels = _bars.FirstOrDefault()?.Select(b => b.Label).ToArray() ?? [];
        _series = ids.Select((id, i) => new ChartSeries<int> { Name = _perspectives[i].Name, Data = _bars[i].Select(b => b.Count).ToArray() }).ToList();
        _total = Points.Sum(p => p.Count);
        var max = _labels.Select((_, i) => _bars.Sum(s => s[i].Count)).DefaultIfEmpty(0).Max();
        _options = new StackedBarChartOptions
        {
            ChartPalette = _perspectives.Select(p => p.Color).ToArray(),
            ShowLegend = false, // ChartLegend: the same legend, in the same order, as every chart of the view
            YAxisTicks = VolumeBar.CountStep(max),
            MaxNumYAxisTicks = 8,
            YAxisFormat = "0",
            XAxisLabelInterval = VolumeBar.LabelInterval(_labels.Length, TimeRange.BucketFor(Window.From, Window.To), _maxLabels),
            ShowZeroValues = false,
            BarWidthRatio = 0.8,
            YAxisTitle = null,
        };
    }

    // Labels never overlap: a phone's narrow chart or a wall's large type holds fewer of them than a desktop's.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        var fit = await JS.InvokeAsync<int>("dashboard.labelsThatFit", _frame, _labels.FirstOrDefault()?.Length ?? 0);
        if (fit <= 0 || fit == _maxLabels) return;
        _maxLabels = Math.Min(12, fit);
        OnParametersSet();
        StateHasChanged();
    }

    private VolumeBar? BarOf(SvgPath segment) =>
        segment.Index < _bars.Count ? _bars[segment.Index].FirstOrDefault(b => b.Label == segment.LabelXValue) : null;

    private string TooltipTitle(SvgPath segment) => BarOf(segment) is { } bar
        ? $"{Perspectives.Get(bar.PerspectiveId).Name}: {Plural.Count(bar.Count, "article")}"
        : segment.LabelYValue;

    private string TooltipSubtitle(SvgPath segment) => BarOf(segment) is { } bar
        ? string.Create(CultureInfo.InvariantCulture, $"{bar.Start:MMM d HH:mm}–{bar.Start + bar.Size:HH:mm} UTC · click to see them")
        : segment.LabelXValue;

    private async Task OnSeriesClickedAsync(int series)
    {
        if (_hovered is not { } segment || segment.Index != series || BarOf(segment) is not { } bar) return;
        _drills++; // a fresh chart, so the next click on the same perspective is reported again
        _hovered = null;
        await OnBucket.InvokeAsync(bar);
    }
}
