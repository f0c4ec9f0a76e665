using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Digest;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages;

/// <summary>
/// One topic's digest of one day. Day is a string, not a route constraint, so a malformed date reaches this page
/// and gets a readable message instead of the router's bare "not found".
/// </summary>
public partial class DigestPage
{
    [Parameter] public string Topic { get; set; } = "";
    [Parameter] public string Day { get; set; } = "";

    [Inject] private DigestService Digests { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    private CancellationTokenSource _cts = new();
    private DigestResult? _result;
    private string? _problem;
    private DateOnly _day;
    private DateOnly _today;

    private string TopicName => Options.Value.Topics.FirstOrDefault(t => t.Id == Topic)?.Name ?? Topic;
    private string Title => $"{TopicName} News - {Day} — Dashboard";

    // Previous/next links change only the parameters: the same instance reloads, and an older load is cancelled.
    protected override async Task OnParametersSetAsync()
    {
        _cts.Cancel();
        _cts.Dispose();
        _cts = new CancellationTokenSource();
        var token = _cts.Token;
        (_result, _problem) = (null, null);
        _today = Digests.Clock.DayOf(Time.GetUtcNow().UtcDateTime);
        if (DigestDay.Parse(Day, out var bad) is not { } day)
        {
            _problem = $"Not a digest address: {bad}. Digest addresses look like /digest/{Topic}/{_today:yyyy-MM-dd}.";
            return;
        }
        _day = day;
        if (Options.Value.Topics.All(t => t.Id != Topic))
        {
            _problem = $"There is no topic '{Topic}'. Known topics: {string.Join(", ", Options.Value.Topics.Select(t => t.Id))}.";
            return;
        }
        DigestResult? found;
        try { found = await Digests.GetAsync(Topic, _day, token); }
        catch (OperationCanceledException) when (token.IsCancellationRequested) { return; } // superseded or disposed
        if (found is null) _problem = $"No digest of {TopicName} for {_day:yyyy-MM-dd} yet: that day has not begun.";
        else _result = found;
    }

    private string DayUrl(DateOnly day) => $"/digest/{Uri.EscapeDataString(Topic)}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
