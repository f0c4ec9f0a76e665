using Dashboard.Storage;

namespace Dashboard.Components.Pages;

public partial class Feeds
{
    private static readonly TimeSpan ReloadEvery = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _cts = new();
    private readonly HashSet<string> _refreshing = [];
    private IReadOnlyList<FeedHealth>? _feeds;

    protected override async Task OnInitializedAsync()
    {
        _feeds = await Health.AllAsync(eventsPerFeed: 0, _cts.Token);
    }

    // Only the interactive instance (not the prerendered one) keeps reloading.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _ = ReloadPeriodicallyAsync();
    }

    /// <summary>The health table keeps itself current on an unattended screen.</summary>
    private async Task ReloadPeriodicallyAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(ReloadEvery, Time);
            while (await timer.WaitForNextTickAsync(_cts.Token))
                await InvokeAsync(async () =>
                {
                    _feeds = await Health.AllAsync(eventsPerFeed: 0, _cts.Token);
                    StateHasChanged();
                });
        }
        catch (OperationCanceledException) { }
        catch (Exception e) { await DispatchExceptionAsync(e); }
    }

    private async Task RefreshAsync(string id)
    {
        _refreshing.Add(id);
        try { await Refresher.RefreshFeedAsync(id, _cts.Token); }
        finally { _refreshing.Remove(id); }
        _feeds = await Health.AllAsync(eventsPerFeed: 0, _cts.Token);
    }

    private string When(DateTime? utc) => utc is { } t ? RelativeTime.Format(t, Time.GetUtcNow().UtcDateTime) : "—";

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
