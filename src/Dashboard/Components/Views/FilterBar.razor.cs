using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Dashboard.Components.Views;

public partial class FilterBar
{
    [Parameter, EditorRequired] public required ViewFilter Filter { get; set; }
    [Parameter] public KioskOptions Kiosk { get; set; } = KioskOptions.Off;
    [Parameter, EditorRequired] public required IReadOnlyList<TopicOptions> Topics { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<PerspectiveOptions> Perspectives { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<SourceOptions> Sources { get; set; }
    /// <summary>Controls stacked (the phone's filter drawer) instead of in a row.</summary>
    [Parameter] public bool Vertical { get; set; }
    [Parameter] public EventCallback<ViewFilter> OnChange { get; set; }

    [Inject] private TimeProvider Time { get; set; } = null!;

    private MudDateRangePicker? _picker;
    private string? _query;

    protected override void OnParametersSet() => _query = Filter.Query;

    private string ActiveRange => Filter.Range.PresetName ?? "custom";

    /// <summary>A frozen window that is not whole days (a drill-down, an alert's hour) is spelt out to the minute.</summary>
    private string? CustomHelp => Filter.Range.IsLive || (Filter.Range.From!.Value.TimeOfDay == TimeSpan.Zero && Filter.Range.To!.Value.TimeOfDay == TimeSpan.Zero)
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{Filter.Range.From:yyyy-MM-dd HH:mm} – {Filter.Range.To:yyyy-MM-dd HH:mm} UTC");

    /// <summary>A frozen window as whole days for the picker: its first day through the day its end falls in.</summary>
    private DateRange? PickedDays => Filter.Range.IsLive ? null
        : new DateRange(Filter.Range.From!.Value.Date, (Filter.Range.To!.Value.TimeOfDay == TimeSpan.Zero ? Filter.Range.To.Value.AddDays(-1) : Filter.Range.To.Value).Date);

    private Task ChangeAsync(ViewFilter filter) => OnChange.InvokeAsync(filter);

    private Task ChooseRangeAsync(string? preset) =>
        preset is not null && TimeRange.Presets.Contains(preset) ? ChangeAsync(Filter with { Range = TimeRange.Preset(preset) }) : Task.CompletedTask;

    /// <summary>Picked days are UTC days: from the first day's midnight to the midnight after the last.</summary>
    private Task ApplyDaysAsync(DateRange? range) => range is { Start: { } start, End: { } end } && start <= end
        ? ChangeAsync(Filter with { Range = TimeRange.Fixed(DateTime.SpecifyKind(start.Date, DateTimeKind.Utc), DateTime.SpecifyKind(end.Date.AddDays(1), DateTimeKind.Utc)) })
        : Task.CompletedTask;

    private Task ChoosePerspectivesAsync(IReadOnlyCollection<string>? ids) =>
        ChangeAsync(Filter with { Perspectives = Perspectives.Select(p => p.Id).Where(id => ids?.Contains(id) == true).ToList() });

    private Task<IEnumerable<SourceOptions>> SearchSourcesAsync(string? text, CancellationToken ct) => Task.FromResult(Sources
        .Where(s => !Filter.Sources.Contains(s.Id))
        .Where(s => string.IsNullOrWhiteSpace(text) || s.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                    || s.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)))
        .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
        .AsEnumerable());

    private Task AddSourceAsync(SourceOptions? source) =>
        source is null || Filter.Sources.Contains(source.Id) ? Task.CompletedTask : ChangeAsync(Filter with { Sources = [.. Filter.Sources, source.Id] });

    private Task RemoveSourceAsync(string id) => ChangeAsync(Filter with { Sources = Filter.Sources.Where(s => s != id).ToList() });

    private string SourceName(string id) => Sources.FirstOrDefault(s => s.Id == id)?.Name ?? id;

    private Task SearchKeyAsync(KeyboardEventArgs e) => e.Key == "Enter" ? ApplySearchAsync() : Task.CompletedTask;

    private Task ApplySearchAsync() => ChangeAsync(Filter with { Query = string.IsNullOrWhiteSpace(_query) ? null : _query.Trim() });
}
