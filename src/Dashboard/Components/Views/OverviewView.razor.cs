using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace Dashboard.Components.Views;

/// <summary>
/// One overview for one filter: loads through OverviewLoader and refreshes itself, at most about once per
/// second, when committed articles match the filter. Navigation (filter changes, drill-downs) is the host's job.
/// </summary>
public partial class OverviewView : IDisposable
{
    [Parameter, EditorRequired] public required ViewFilter Filter { get; set; }
    [Parameter] public IReadOnlyList<string> Notices { get; set; } = [];
    [Parameter] public KioskOptions Kiosk { get; set; } = KioskOptions.Off;
    [Parameter] public EventCallback<ViewFilter> OnNavigate { get; set; }
    /// <summary>Raised after each (re)load, e.g. for a wall's "updated N s ago".</summary>
    [Parameter] public EventCallback<OverviewData> OnLoaded { get; set; }

    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private OverviewLoader Loader { get; set; } = null!;
    [Inject] private ArticleNotifier Notifier { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private PerspectiveCatalog Perspectives { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private readonly HashSet<long> _pending = [];
    private HashSet<long> _fresh = [];
    private OverviewData? _data;
    private DateTime _now;
    private string? _loadedView;
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;

    private string LiveUrl => Nav.ToAbsoluteUri("/" + ViewUrl.Format(Filter, Options.Value)).AbsoluteUri;
    private string FrozenUrl => Nav.ToAbsoluteUri("/" + ViewUrl.Format(ViewUrl.Freeze(Filter, _now), Options.Value)).AbsoluteUri;

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(TimeSpan.FromSeconds(1), Time, () => InvokeAsync(ReloadAsync), e => InvokeAsync(() => DispatchExceptionAsync(e)));
        _subscription = Notifier.Subscribe(OnArticlesAdded);
    }

    protected override async Task OnParametersSetAsync()
    {
        // Records with list members compare lists by reference: the canonical URL is the view's identity.
        var view = ViewUrl.Format(Filter, Options.Value);
        if (view == _loadedView) return;
        _loadedView = view;
        _fresh = [];
        _pending.Clear();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _data = await Loader.LoadAsync(Filter, _now, _cts.Token);
        await OnLoaded.InvokeAsync(_data);
        StateHasChanged();
    }

    /// <summary>Runs on the ingest thread: only articles matching this view wake it, and reloads are throttled.</summary>
    private void OnArticlesAdded(ArticlesAdded added)
    {
        var filter = Filter;
        var now = Time.GetUtcNow().UtcDateTime;
        var matching = added.Articles.Where(a => OverviewQueries.Matches(filter, a, now)).Select(a => a.Id).ToList();
        if (matching.Count == 0) return;
        _ = InvokeAsync(async () =>
        {
            // A reader who scrolled down keeps their place: new cards wait behind a "N new articles" pill.
            if (await IsScrolledDownAsync()) _pending.UnionWith(matching);
            _fresh.UnionWith(matching);
            _throttle?.Request();
        });
    }

    private async Task<bool> IsScrolledDownAsync()
    {
        try { return await JS.InvokeAsync<bool>("dashboard.isScrolledDown", _cts.Token); }
        catch (JSException) { return false; }
        catch (InvalidOperationException) { return false; } // prerendering: there is no browser yet
    }

    private async Task ShowPendingAsync()
    {
        _pending.Clear();
        await JS.InvokeVoidAsync("dashboard.scrollToCards", _cts.Token);
        await ReloadAsync();
    }

    private async Task LoadMoreAsync()
    {
        if (_data?.Articles.Next is not { } next) return;
        var more = await Loader.MoreArticlesAsync(Filter, _now, next, _cts.Token);
        _data = _data with { Articles = new ArticlePage([.. _data.Articles.Articles, .. more.Articles], more.Next) };
    }

    private Task DrillToBucketAsync(VolumeBar bar) => OnNavigate.InvokeAsync(Filter with
    {
        Perspectives = [bar.PerspectiveId],
        Range = TimeRange.Fixed(bar.Start, bar.Start + bar.Size),
    });

    // An outlet the registry does not know is drilled to by its exact name (outlet=), not by a text search for it.
    private Task DrillToOutletAsync(OutletCount outlet) => OnNavigate.InvokeAsync(outlet.SourceId is { } id
        ? Filter with { Sources = [id], Outlet = null }
        : Filter with { Sources = [], Outlet = outlet.Outlet });

    public void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
    }
}
