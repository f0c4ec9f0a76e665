using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages;

/// <summary>A wall screen: rotates through its playlist of overviews, kiosk-styled, unattended.</summary>
public partial class WallPage
{
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private AppMode Mode { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private WallPlaylist _playlist = null!;
    private ViewFilter _base = null!;
    private IReadOnlyList<string> _notices = [];
    private KioskOptions _kiosk = null!;
    private int _index;

    private ViewFilter Current => _base with { Topic = _playlist.Topics[_index] };
    private string TopicName => Options.Value.Topics.FirstOrDefault(t => t.Id == Current.Topic)?.Name ?? Current.Topic;

    protected override void OnInitialized()
    {
        ReadUrl();
        Nav.LocationChanged += OnLocationChanged;
    }

    // Query-only navigations do not re-run OnParametersSet (see OverviewPage).
    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath != "/wall") return;
        ReadUrl();
        _ = InvokeAsync(StateHasChanged);
    }

    private void ReadUrl()
    {
        var query = ViewQuery.Read(Nav.Uri);
        _playlist = WallPlaylist.Parse(query, Options.Value);
        // The wall's own keys are not filter keys; the rest (range, persp, …) applies to every view of the playlist.
        var filterQuery = query.Where(kv => kv.Key is not ("views" or "every")).ToDictionary(kv => kv.Key, kv => kv.Value);
        var parsed = PageView.Parse(filterQuery, Options.Value, Mode);
        _base = parsed.Filter;
        _notices = [.. _playlist.Notices, .. parsed.Notices];
        _kiosk = KioskOptions.From(query) with { Enabled = true };
        _index = 0;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && _playlist.Topics.Count > 1) _ = RotateAsync();
    }

    private async Task RotateAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(_playlist.Every, Time);
            while (await timer.WaitForNextTickAsync(_cts.Token))
                await InvokeAsync(() => { _index = (_index + 1) % _playlist.Topics.Count; StateHasChanged(); });
        }
        catch (OperationCanceledException) { }
        catch (Exception e) { await DispatchExceptionAsync(e); }
    }

    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        _cts.Cancel();
        _cts.Dispose();
    }
}
