using Dashboard.Storage;

namespace Dashboard.Components.Pages;

public partial class Feeds
{
    private static readonly TimeSpan ReloadEvery = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _cts = new();
    private readonly HashSet<string> _refreshing = [];
    private IReadOnlyList<FeedHealth>? _feeds;
    private string _sort = "status";
    private bool _descending;

    private static readonly (string Key, string Label)[] Columns =
    [
        ("name", "Feed"), ("status", "Status"), ("check", "Last check"), ("success", "Last success"), ("next", "Next check"),
        ("http", "HTTP"), ("items", "Items"), ("added", "Added"),
    ];

    // Feeds in trouble first by default: the operator's first question. Overdue (not polled at all) before failing.
    private static readonly Dictionary<string, int> StatusOrder = new() { ["overdue"] = 0, ["failing"] = 1, ["pending"] = 2, ["ok"] = 3, ["disabled"] = 4 };

    private IEnumerable<FeedHealth> Sorted
    {
        get
        {
            Func<FeedHealth, object?> key = _sort switch
            {
                "name" => h => h.Feed.Name,
                "check" => h => h.Feed.LastCheckAt,
                "success" => h => h.Feed.LastSuccessAt,
                "next" => h => h.Feed.NextCheckAt,
                "http" => h => h.Feed.LastHttpStatus,
                "items" => h => h.Feed.LastItemCount,
                "added" => h => h.Feed.ArticlesAdded,
                _ => h => StatusOrder.GetValueOrDefault(h.Status, 9) * 1000 - h.Feed.ConsecutiveErrors,
            };
            var ordered = _descending ? _feeds!.OrderByDescending(key) : _feeds!.OrderBy(key);
            return ordered.ThenBy(h => h.Feed.Name);
        }
    }

    private void SortBy(string key)
    {
        _descending = _sort == key && !_descending;
        _sort = key;
    }

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

    /// <summary>A check that came due is "due now" until the poller takes it (overdue says more), never "0 s ago".</summary>
    private string NextCheck(FeedHealth h) => h.Feed.NextCheckAt is { } t && t <= Time.GetUtcNow().UtcDateTime && h.Feed.Enabled
        ? "due now"
        : When(h.Feed.NextCheckAt);

    private string SortIcon(string key) => _sort != key ? MudBlazor.Icons.Material.Filled.UnfoldMore
        : _descending ? MudBlazor.Icons.Material.Filled.ArrowDownward : MudBlazor.Icons.Material.Filled.ArrowUpward;

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
