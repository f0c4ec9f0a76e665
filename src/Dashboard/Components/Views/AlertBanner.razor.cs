using Dashboard.Alerts;
using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Views;

/// <summary>
/// The alerts of a view's topic in its window (the last 24 h for a live range, so a wall shows today's spikes
/// rather than a week's); new alerts are pushed by AlertNotifier. Renders nothing when there are none.
/// </summary>
public partial class AlertBanner : IDisposable
{
    private const int MaxShown = 3;

    [Parameter, EditorRequired] public required ViewFilter Filter { get; set; }

    [Inject] private AlertQueries Queries { get; set; } = null!;
    [Inject] private AlertNotifier Notifier { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private PerspectiveCatalog Perspectives { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private List<AlertSummary> _alerts = [];
    private IDisposable? _subscription;
    private (string Topic, TimeRange Range)? _loaded;
    private DateTime _now;

    protected override void OnInitialized() => _subscription = Notifier.Subscribe(OnAlert);

    protected override async Task OnParametersSetAsync()
    {
        // Only topic and range decide what the banner shows; other filter changes must not reload it.
        if (_loaded == (Filter.Topic, Filter.Range)) return;
        _loaded = (Filter.Topic, Filter.Range);
        _now = Time.GetUtcNow().UtcDateTime;
        var (from, to) = Window(_now);
        _alerts = [.. await Queries.ListAsync(Filter.Topic, from, to, AlertQueries.MaxAlerts, _cts.Token)];
    }

    private (DateTime From, DateTime To) Window(DateTime now) =>
        Filter.Range.IsLive ? (now.AddHours(-24), now) : Filter.Range.Resolve(now);

    /// <summary>Runs on the publisher's thread: marshal to the renderer, errors go to the circuit's handler.</summary>
    private void OnAlert(AlertSummary alert) => _ = AddAsync(alert);

    private async Task AddAsync(AlertSummary alert)
    {
        try
        {
            await InvokeAsync(() =>
            {
                _now = Time.GetUtcNow().UtcDateTime;
                var (from, to) = Window(_now);
                if (!AlertText.Within(alert, Filter.Topic, from, to) || _alerts.Any(a => a.Id == alert.Id)) return;
                _alerts = [.. _alerts.Append(alert).OrderByDescending(a => a.Hour).ThenByDescending(a => a.Z)];
                StateHasChanged();
            });
        }
        catch (Exception e) { await DispatchExceptionAsync(e); }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
    }
}
