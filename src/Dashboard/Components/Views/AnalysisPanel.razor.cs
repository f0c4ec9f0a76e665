using Dashboard.Analysis;
using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Stories;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Views;

/// <summary>
/// The comparison part of a view: its top stories, its blindspots and each perspective's distinctive terms.
/// Reloads when the filter changes, when matching articles arrive and when a story becomes a blindspot — at
/// most every few seconds, because clustering and term statistics cost more than the overview's counts.
/// </summary>
public partial class AnalysisPanel : IDisposable
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(3);

    [Parameter, EditorRequired] public required ViewFilter Filter { get; set; }
    [Parameter] public bool ShowTerms { get; set; } = true;
    [Parameter] public bool ShowBlindspots { get; set; } = true;
    /// <summary>Rows per list: a fixed number, so the panel keeps its height while it loads and reloads.</summary>
    [Parameter] public int Max { get; set; } = 6;
    [Parameter] public EventCallback<string> OnTerm { get; set; }

    [Inject] private StoryQueries Stories { get; set; } = null!;
    [Inject] private TermQueries Terms { get; set; } = null!;
    [Inject] private ArticleNotifier Articles { get; set; } = null!;
    [Inject] private BlindspotNotifier Blindspots { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private IDisposable? _watch;
    private RenderThrottle? _throttle;
    private IReadOnlyList<StorySummary> _stories = [];
    private IReadOnlyList<StorySummary> _blindspots = [];
    private IReadOnlyList<PerspectiveTerms> _terms = [];
    private DateTime _now;
    private string? _loadedView;
    private bool Loaded => _loadedView is not null;

    private string ViewQueryString => ViewUrl.Format(Filter, Options.Value);

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(MinInterval, Time, () => InvokeAsync(ReloadAsync), e => InvokeAsync(() => DispatchExceptionAsync(e)));
        _watch = StoryViewWatch.Subscribe(Articles, Blindspots, () => Filter, Time, _throttle.Request);
    }

    protected override async Task OnParametersSetAsync()
    {
        // Not while prerendering: stories and term statistics are the view's costliest queries, and the first
        // HTML response should come fast and small; the panel fills in as soon as the circuit is up.
        if (!RendererInfo.IsInteractive) return;
        var view = ViewUrl.Format(Filter, Options.Value);
        if (view == _loadedView) return;
        _loadedView = view;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        var top = Options.Value.Stories.TopStories;
        (_stories, _blindspots) = await Stories.ViewAsync(Filter, _now, top, _cts.Token);
        if (ShowTerms) _terms = await Terms.ForViewAsync(Filter, _now, 10, _cts.Token);
        StateHasChanged();
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _throttle?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
    }
}
