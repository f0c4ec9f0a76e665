using Dashboard.Components.Theme;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Components.Layout;

/// <summary>
/// The frame of every page: theme (URL `theme=` first, then kiosk's dark, then the reader's remembered choice, then the
/// system's), app bar with navigation, and the keyboard shortcuts dialog. Kiosk views (and /wall) have no chrome.
/// </summary>
public partial class MainLayout : IDisposable
{
    [CascadingParameter] private ThemeChoice? Choice { get; set; }
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;

    private MudThemeProvider _themeProvider = null!;
    private DotNetObjectReference<MainLayout>? _self;
    private KioskOptions _kiosk = KioskOptions.Off;
    private string? _chosen;
    private bool _dark;
    private bool _nav;

    protected override void OnInitialized()
    {
        _chosen = Choice?.Preference;
        Update();
        Nav.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _self = DotNetObjectReference.Create(this);
        await JS.InvokeVoidAsync("dashboard.registerLayout", _self);
        // Only a reader who never chose, on a view that does not say, follows the system's preference.
        if (_kiosk.Theme is null && !_kiosk.Enabled && _chosen is null && await _themeProvider.GetSystemDarkModeAsync())
        {
            _dark = true;
            StateHasChanged();
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        Update();
        _nav = false;
        _ = InvokeAsync(StateHasChanged);
    }

    // Wall screens are kiosk by definition; any other view is when its URL says kiosk=1.
    private void Update()
    {
        var kiosk = KioskOptions.From(ViewQuery.Read(Nav.Uri));
        _kiosk = new Uri(Nav.Uri).AbsolutePath.StartsWith("/wall", StringComparison.OrdinalIgnoreCase) ? kiosk with { Enabled = true } : kiosk;
        _dark = (_kiosk.EffectiveTheme ?? _chosen) == "dark";
    }

    private async Task ToggleThemeAsync()
    {
        _dark = !_dark;
        _chosen = _dark ? "dark" : "light";
        await JS.InvokeVoidAsync("dashboard.rememberTheme", ThemeCookie.Name, _chosen);
    }

    [JSInvokable]
    public Task ToggleHelpAsync() => InvokeAsync(ShowHelpAsync);

    private Task ShowHelpAsync() => Dialogs.ShowAsync<ShortcutsDialog>("Keyboard shortcuts",
        new DialogOptions { CloseOnEscapeKey = true, CloseButton = true, MaxWidth = MaxWidth.Small });

    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        _self?.Dispose();
    }
}
