using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace Dashboard.Components.Views;

/// <summary>
/// One overview for one filter, kept live: loads through OverviewLoader and reloads itself, at most about once per
/// second, when committed articles match the filter. The overview page and the wall screen lay the same data out
/// differently; navigation (filter changes, drill-downs) is their host's job.
/// </summary>
public abstract class LiveOverviewBase : ComponentBase, IDisposable
{
    [Parameter, EditorRequired] public required ViewFilter Filter { get; set; }
    [Parameter] public KioskOptions Kiosk { get; set; } = KioskOptions.Off;
    [Parameter] public EventCallback<ViewFilter> OnNavigate { get; set; }
    /// <summary>Raised after each (re)load, e.g. for a wall's "updated N s ago".</summary>
    [Parameter] public EventCallback<OverviewData> OnLoaded { get; set; }

    [Inject] protected NavigationManager Nav { get; set; } = null!;
    [Inject] private OverviewLoader Loader { get; set; } = null!;
    [Inject] private ArticleNotifier Notifier { get; set; } = null!;
    [Inject] protected TimeProvider Time { get; set; } = null!;
    [Inject] protected IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] protected PerspectiveCatalog Perspectives { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private string? _loadedView;
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;

    protected OverviewData? Data { get; private set; }
    protected DateTime LoadedAt { get; private set; }
    /// <summary>Cards that arrived by a live push (highlighted), and those held back behind the "N new" pill.</summary>
    protected HashSet<long> Fresh { get; private set; } = [];
    protected HashSet<long> Pending { get; } = [];

    protected CancellationToken Token => _cts.Token;

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
        Fresh = [];
        Pending.Clear();
        await ReloadAsync();
    }

    protected async Task ReloadAsync()
    {
        LoadedAt = Time.GetUtcNow().UtcDateTime;
        var loaded = await Loader.LoadAsync(Filter, LoadedAt, _cts.Token);
        // A reader scrolled into the cards keeps exactly the cards they see (new ones wait behind the pill);
        // KPIs and charts above still follow the data.
        Data = Pending.Count > 0 && Data is { } shown ? loaded with { Articles = shown.Articles } : loaded;
        await OnLoaded.InvokeAsync(Data);
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
            // A card already on screen (its push raced the load that showed it) is not new: it must not slide again.
            matching.RemoveAll(id => Data?.Articles.Articles.Any(a => a.Id == id) == true);
            if (matching.Count == 0) return;
            // A reader who scrolled down keeps their place: new cards wait behind a "N new articles" pill.
            if (HoldsNewCards && await IsScrolledDownAsync()) Pending.UnionWith(matching);
            Fresh.UnionWith(matching);
            _throttle?.Request();
        });
    }

    /// <summary>Whether new cards wait behind a pill while the reader is scrolled down (a wall never scrolls).</summary>
    protected virtual bool HoldsNewCards => true;

    private async Task<bool> IsScrolledDownAsync()
    {
        try { return await JS.InvokeAsync<bool>("dashboard.isScrolledDown", _cts.Token); }
        catch (JSException) { return false; }
        catch (InvalidOperationException) { return false; } // prerendering: there is no browser yet
    }

    protected async Task ShowPendingAsync()
    {
        Pending.Clear();
        await JS.InvokeVoidAsync("dashboard.scrollToCards", _cts.Token);
        await ReloadAsync();
    }

    protected async Task LoadMoreAsync()
    {
        if (Data?.Articles.Next is not { } next) return;
        var more = await Loader.MoreArticlesAsync(Filter, LoadedAt, next, _cts.Token);
        Data = Data with { Articles = new ArticlePage([.. Data.Articles.Articles, .. more.Articles], more.Next) };
    }

    protected Task DrillToPerspectiveAsync(string perspective) => OnNavigate.InvokeAsync(Filter with { Perspectives = [perspective] });

    protected Task DrillToBucketAsync(VolumeBar bar) => OnNavigate.InvokeAsync(Filter with
    {
        Perspectives = [bar.PerspectiveId],
        Range = TimeRange.Fixed(bar.Start, bar.Start + bar.Size),
    });

    // An outlet the registry does not know is drilled to by its exact name (outlet=), not by a text search for it.
    protected Task DrillToOutletAsync(OutletCount outlet) => OnNavigate.InvokeAsync(outlet.SourceId is { } id
        ? Filter with { Sources = [id], Outlet = null }
        : Filter with { Sources = [], Outlet = outlet.Outlet });

    protected string TopicName => Options.Value.Topics.FirstOrDefault(t => t.Id == Filter.Topic)?.Name ?? Filter.Topic;

    public virtual void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
        GC.SuppressFinalize(this);
    }
}
