using Dashboard.Live;
using Dashboard.Stories;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages;

/// <summary>One story: its articles side by side per perspective, who reported first, and its timeline; live.</summary>
public partial class StoryPage : IDisposable
{
    [Parameter] public long Id { get; set; }

    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private StoryQueries Stories { get; set; } = null!;
    [Inject] private StoryRedirects Redirects { get; set; } = null!;
    [Inject] private ArticleNotifier Articles { get; set; } = null!;
    [Inject] private PerspectiveCatalog Perspectives { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;
    private StoryDetail? _detail;
    private DateTime _now;
    private bool _loaded;

    /// <summary>The view the reader came from, kept for the way back.</summary>
    private string Query => new Uri(Nav.Uri).Query;

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(TimeSpan.FromSeconds(1), Time, () => InvokeAsync(LoadAsync), e => InvokeAsync(() => DispatchExceptionAsync(e)));
        _subscription = Articles.Subscribe(added =>
        {
            if (added.Articles.Any(a => a.StoryId == Id)) _throttle.Request();
        });
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _detail = await Stories.FindAsync(Id, _cts.Token);
        // A story merged into another (same event) lives on under the older id: shared links lead there.
        if (_detail is null && await Redirects.TargetAsync(Id, _cts.Token) is { } target)
        {
            Nav.NavigateTo($"/stories/{target}{Query}", replace: true);
            return;
        }
        _loaded = true;
        StateHasChanged();
    }

    /// <summary>One column per perspective, in the order they first reported.</summary>
    private static IEnumerable<IGrouping<string, ArticleSummary>> Columns(StoryDetail d) =>
        d.Articles.GroupBy(a => a.PerspectiveId)
            .OrderBy(g => d.FirstReports.ToList().FindIndex(r => r.PerspectiveId == g.Key));

    public void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
    }
}
