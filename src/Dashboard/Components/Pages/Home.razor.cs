using Dashboard.Live;

namespace Dashboard.Components.Pages;

public partial class Home
{
    private const int PageSize = 50;
    private static readonly TimeSpan RenderEvery = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _cts = new();
    private List<ArticleSummary>? _articles;
    private IDisposable? _subscription;
    private DateTime _now = DateTime.UtcNow;
    private int _pendingRender;
    private long _lastRender;

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe(OnArticlesAdded);
        _now = Time.GetUtcNow().UtcDateTime;
        _articles = [.. await Articles.LatestAsync(PageSize, topic: null, _cts.Token)];
    }

    private void OnArticlesAdded(ArticlesAdded added) => _ = InvokeAsync(async () =>
    {
        if (_articles is null) return;
        var known = _articles.Select(a => a.Id).ToHashSet();
        _articles = [.. added.Articles.Where(a => !known.Contains(a.Id)).Concat(_articles)
            .OrderByDescending(a => a.SortAt).ThenByDescending(a => a.Id).Take(PageSize)];
        await ThrottledRenderAsync();
    });

    /// <summary>At most about one render per second however fast articles arrive.</summary>
    private async Task ThrottledRenderAsync()
    {
        if (Interlocked.Exchange(ref _pendingRender, 1) == 1) return;
        try
        {
            var wait = RenderEvery - Time.GetElapsedTime(_lastRender);
            if (_lastRender != 0 && wait > TimeSpan.Zero) await Task.Delay(wait, Time, _cts.Token);
            _lastRender = Time.GetTimestamp();
            _now = Time.GetUtcNow().UtcDateTime;
            StateHasChanged();
        }
        catch (OperationCanceledException) { }
        catch (Exception e) { await DispatchExceptionAsync(e); }
        finally { Interlocked.Exchange(ref _pendingRender, 0); }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _cts.Cancel();
        _cts.Dispose();
    }
}
