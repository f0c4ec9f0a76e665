using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages;

/// <summary>The URL is the view: parsed on every navigation; filter changes navigate (history, back/forward, shareable).</summary>
public partial class OverviewPage : IDisposable
{
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private AppMode Mode { get; set; } = null!;

    private ViewFilter _filter = null!;
    private IReadOnlyList<string> _notices = [];
    private KioskOptions _kiosk = KioskOptions.Off;

    private string Title => $"{Options.Value.Topics.FirstOrDefault(t => t.Id == _filter.Topic)?.Name ?? _filter.Topic} — Dashboard";

    // A navigation that changes only the query string re-renders this page without new parameters, so
    // OnParametersSet does not run again: the URL is re-read on every location change instead.
    protected override void OnInitialized()
    {
        ReadUrl();
        Nav.LocationChanged += OnLocationChanged;
    }

    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath != "/") return;
        ReadUrl();
        _ = InvokeAsync(StateHasChanged);
    }

    private void ReadUrl()
    {
        var query = ViewQuery.Read(Nav.Uri);
        (_filter, _notices) = PageView.Parse(query, Options.Value, Mode);
        _kiosk = KioskOptions.From(query);
    }

    private Task NavigateAsync(ViewFilter filter)
    {
        Nav.NavigateTo(ViewQuery.KeepDisplayKeys("/" + ViewUrl.Format(filter, Options.Value), ViewQuery.Read(Nav.Uri)));
        return Task.CompletedTask;
    }

    public void Dispose() => Nav.LocationChanged -= OnLocationChanged;
}
