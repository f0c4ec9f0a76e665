using Dashboard.Alerts;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Alerts;

/// <summary>Spike alerts over a real database: counted from stored articles, stored once, published once.</summary>
public sealed class SpikeMonitorTests : IAsyncLifetime
{
    private static readonly DateTime Hour = new(2025, 11, 25, 9, 0, 0, DateTimeKind.Utc);
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-spikes-").FullName;
    private IngestionHarness _app = null!;

    public async Task InitializeAsync() =>
        _app = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", new Uri("http://127.0.0.1:9/gn.xml"))]);

    [Fact]
    public async Task EvaluateAsync_HourFarAboveSameHourBaseline_StoresAndPublishesOnce()
    {
        // Baseline: 2 China articles at 09:xx on each of the 7 previous days (mean 2, sd 0 → floor √2);
        // the hour: 10 → z = (10 − 2) / √2 = 5.66. US: 2 every day and 2 in the hour → no alert.
        var candidates = new List<ArticleCandidate>();
        for (var day = 0; day <= 7; day++)
        {
            var china = day == 0 ? 10 : 2;
            for (var i = 0; i < china; i++) candidates.Add(Article($"c{day}-{i}", "china", Hour.AddDays(-day).AddMinutes(i)));
            for (var i = 0; i < 2; i++) candidates.Add(Article($"u{day}-{i}", "us", Hour.AddDays(-day).AddMinutes(30 + i)));
        }
        candidates.Add(Article("late", "china", Hour.AddMinutes(-1))); // the hour before: not counted
        await CommitAsync(candidates);
        var published = new List<AlertSummary>();
        using var _ = _app.Services.GetRequiredService<AlertNotifier>().Subscribe(published.Add);
        var monitor = _app.Services.GetRequiredService<SpikeMonitor>();

        var raised = await monitor.EvaluateAsync("us-china", Hour, default);
        var again = await monitor.EvaluateAsync("us-china", Hour, default);

        var alert = Assert.Single(raised);
        Assert.Equal(("us-china", "china", Hour, 10), (alert.TopicId, alert.PerspectiveId, alert.Hour, alert.Count));
        Assert.Equal(2.0, alert.BaselineMean, 6);
        Assert.Equal(8 / Math.Sqrt(2), alert.Z, 6);
        Assert.Empty(again);
        Assert.Equal([alert.Id], published.Select(a => a.Id));
        var stored = await _app.Services.GetRequiredService<AlertQueries>().ListAsync("us-china", Hour, Hour.AddHours(1), 10, default);
        Assert.Equal([alert.Id], stored.Select(a => a.Id));
    }

    [Fact]
    public async Task EvaluateAsync_BelowMinCount_NoAlert()
    {
        await CommitAsync([Article("a", "china", Hour), Article("b", "china", Hour.AddMinutes(5))]);
        Assert.Empty(await _app.Services.GetRequiredService<SpikeMonitor>().EvaluateAsync("us-china", Hour, default));
    }

    private static ArticleCandidate Article(string key, string perspective, DateTime at) => new()
    {
        DedupeKey = "test:" + key, Title = "Headline " + key, PerspectiveId = perspective, PerspectiveRule = "test",
        PublishedAt = at, Topics = ["us-china"],
    };

    private async Task CommitAsync(IReadOnlyList<ArticleCandidate> candidates) =>
        await _app.Services.GetRequiredService<ArticleStore>().CommitRefreshAsync("gn", candidates, _ => { },
            new FetchEvent { FeedId = "gn", At = DateTime.UtcNow, Outcome = FetchEventOutcome.Ok }, 50, default);

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
