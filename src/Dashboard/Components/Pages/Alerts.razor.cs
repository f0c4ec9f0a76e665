using Dashboard.Alerts;
using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages;

/// <summary>
/// Spike alerts of a view (topic, range, perspectives from the URL; 7 days when the URL names no range), newest
/// first; alerts raised while the page is open are pushed in by AlertNotifier.
/// </summary>
public partial class Alerts : IDisposable
{
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private AlertQueries Queries { get; set; } = null!;
    [Inject] private AlertNotifier Notifier { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private AppMode Mode { get; set; } = null!;

    private CancellationTokenSource _cts = new();
    private IDisposable? _subscription;
    private ViewFilter _filter = null!;
    private IReadOnlyList<string> _notices = [];
    private List<AlertSummary>? _alerts;
    private DateTime _now;

    private string TopicName => Options.Value.Topics.FirstOrDefault(t => t.Id == _filter.Topic)?.Name ?? _filter.Topic;

    protected override void OnInitialized()
    {
        ReadUrl();
        Nav.LocationChanged += OnLocationChanged;
        _subscription = Notifier.Subscribe(OnAlert);
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    // Query-only navigations (the topic and range links) do not set parameters again: re-read the URL (see OverviewPage).
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath != "/alerts") return;
        _ = ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        try
        {
            await InvokeAsync(async () =>
            {
                ReadUrl();
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (Exception e) { await DispatchExceptionAsync(e); }
    }

    private void ReadUrl()
    {
        var query = ViewQuery.Read(Nav.Uri);
        var parsed = PageView.Parse(query, Options.Value, Mode);
        var filter = parsed.Filter;
        // A week, not the overview's 24 h: spikes are rare, and a day's list is usually empty.
        if (!DemoDefaults.ShowsSeedWindow(Mode) && !query.ContainsKey("range") && !query.ContainsKey("from") && !query.ContainsKey("to"))
            filter = filter with { Range = TimeRange.Preset("7d") };
        (_filter, _notices) = (filter, parsed.Notices);
    }

    private async Task LoadAsync()
    {
        _cts.Cancel();
        _cts.Dispose();
        _cts = new CancellationTokenSource();
        var token = _cts.Token;
        _now = Time.GetUtcNow().UtcDateTime;
        var (from, to) = _filter.Range.Resolve(_now);
        try
        {
            var alerts = await Queries.ListAsync(_filter.Topic, from, to, AlertQueries.MaxAlerts, token);
            _alerts = alerts.Where(Shown).ToList();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested) { } // superseded by a newer URL, or the page was left
    }

    private bool Shown(AlertSummary a) => _filter.Perspectives.Count == 0 || _filter.Perspectives.Contains(a.PerspectiveId);

    /// <summary>Runs on the publisher's thread: marshal to the renderer, errors go to the circuit's handler.</summary>
    private void OnAlert(AlertSummary alert) => _ = AddAsync(alert);

    private async Task AddAsync(AlertSummary alert)
    {
        try
        {
            await InvokeAsync(() =>
            {
                _now = Time.GetUtcNow().UtcDateTime;
                var (from, to) = _filter.Range.Resolve(_now);
                if (_alerts is null || !AlertText.Within(alert, _filter.Topic, from, to) || !Shown(alert) || _alerts.Any(a => a.Id == alert.Id)) return;
                _alerts = [.. _alerts.Append(alert).OrderByDescending(a => a.Hour).ThenByDescending(a => a.Z)];
                StateHasChanged();
            });
        }
        catch (Exception e) { await DispatchExceptionAsync(e); }
    }

    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        _subscription?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
    }
}
