using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Stories;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages;

/// <summary>The view's stories (same URL parameters as the overview), live: matching articles and new blindspots reload it.</summary>
public partial class StoriesPage
{
    public const int Limit = 30;

    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private AppMode Mode { get; set; } = null!;
    [Inject] private StoryQueries Stories { get; set; } = null!;
    [Inject] private ArticleNotifier Articles { get; set; } = null!;
    [Inject] private BlindspotNotifier Blindspots { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private IDisposable? _watch;
    private RenderThrottle? _throttle;
    private ViewFilter _filter = null!;
    private IReadOnlyList<string> _notices = [];
    private IReadOnlyList<StorySummary> _stories = [];
    private IReadOnlyList<StorySummary> _blindspots = [];
    private DateTime _now;

    private string TopicName => Options.Value.Topics.FirstOrDefault(t => t.Id == _filter.Topic)?.Name ?? _filter.Topic;


    protected override void OnInitialized()
    {
        var query = ViewQuery.Read(Nav.Uri);
        (_filter, _notices) = PageView.Parse(query, Options.Value, Mode);
        _throttle = new RenderThrottle(TimeSpan.FromSeconds(3), Time, () => InvokeAsync(LoadAsync), e => InvokeAsync(() => DispatchExceptionAsync(e)));
        _watch = StoryViewWatch.Subscribe(Articles, Blindspots, () => _filter, Time, _throttle.Request);
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        (_stories, _blindspots) = await Stories.ViewAsync(_filter, _now, Limit, _cts.Token);
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
