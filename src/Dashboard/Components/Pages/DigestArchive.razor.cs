using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Digest;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages;

/// <summary>The digests per topic and day, newest first; `?topic=` narrows it to one topic (so the link is the view).</summary>
public partial class DigestArchive : IDisposable
{
    [SupplyParameterFromQuery(Name = "topic")] public string? TopicQuery { get; set; }

    [Inject] private DigestService Digests { get; set; } = null!;
    [Inject] private IOptions<DashboardOptions> Options { get; set; } = null!;

    private readonly CancellationTokenSource _cts = new();
    private IReadOnlyList<DigestArchiveEntry>? _entries;
    private IReadOnlyList<string> _notices = [];
    private string? _topic;

    // A query-only navigation (topic links) supplies the new query value and runs this again.
    protected override async Task OnParametersSetAsync()
    {
        var wanted = string.IsNullOrWhiteSpace(TopicQuery) ? null : TopicQuery.Trim();
        _topic = wanted is null ? null : Options.Value.Topics.FirstOrDefault(t => string.Equals(t.Id, wanted, StringComparison.OrdinalIgnoreCase))?.Id;
        // Like every view URL: a bad parameter falls back (to all topics) and says so, never an error page.
        _notices = wanted is not null && _topic is null ? [$"unknown topic '{wanted}': showing all topics"] : [];
        // A day in progress with no article yet is not a digest worth a row (it would head the list, empty).
        try { _entries = (await Digests.ArchiveAsync(_topic, _cts.Token)).Where(e => !(e.Partial && e.ArticleCount == 0)).ToList(); }
        catch (OperationCanceledException) when (_cts.IsCancellationRequested) { } // the page was left
    }

    private string TopicName(string id) => Options.Value.Topics.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private static string Url(DigestArchiveEntry e) =>
        $"/digest/{Uri.EscapeDataString(e.TopicId)}/{e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
