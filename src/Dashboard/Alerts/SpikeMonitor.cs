using System.Collections.Concurrent;
using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Alerts;

/// <summary>
/// Evaluates hourly volume against the same hour of the previous days: the current hour on a timer, and every
/// hour that just received articles (late or back-dated ones too) as soon as they are committed. New alerts are
/// stored and published; an hour already alerted is updated in place.
/// </summary>
public sealed class SpikeMonitor(
    HourlyCounts hourly,
    IDbContextFactory<DashboardDbContext> contexts,
    ArticleNotifier articles,
    AlertNotifier alerts,
    IOptions<DashboardOptions> options,
    TimeProvider time,
    ILogger<SpikeMonitor> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<(string Topic, DateTime Hour), byte> _touched = new();
    private readonly SemaphoreSlim _signal = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = articles.Subscribe(OnArticles);
        var every = TimeSpan.FromSeconds(options.Value.Alerts.CheckSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await EvaluatePendingAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "alerts: evaluation failed"); }
            try { await _signal.WaitAsync(every, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private void OnArticles(ArticlesAdded added)
    {
        foreach (var article in added.Articles)
            foreach (var topic in article.Topics)
                _touched.TryAdd((topic, Truncate(article.SortAt)), 0);
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    /// <summary>Evaluates the touched hours and the current hour of every topic; returns the alerts raised.</summary>
    public async Task<IReadOnlyList<AlertSummary>> EvaluatePendingAsync(CancellationToken ct)
    {
        var now = Truncate(time.GetUtcNow().UtcDateTime);
        var pending = _touched.Keys.ToList();
        foreach (var key in pending) _touched.TryRemove(key, out _);
        pending.AddRange(options.Value.Topics.Select(t => (t.Id, now)));
        var raised = new List<AlertSummary>();
        foreach (var (topic, hour) in pending.Distinct())
            raised.AddRange(await EvaluateAsync(topic, hour, ct));
        return raised;
    }

    public async Task<IReadOnlyList<AlertSummary>> EvaluateAsync(string topicId, DateTime hour, CancellationToken ct)
    {
        var settings = options.Value.Alerts;
        var spikeOptions = new SpikeOptions { ZThreshold = settings.ZThreshold, MinCount = settings.MinCount, BaselineDays = settings.BaselineDays };
        var counts = await hourly.ForHourAsync(topicId, hour, settings.BaselineDays, ct);
        var spikes = SpikeDetector.Detect(counts, hour, spikeOptions);
        if (spikes.Count == 0) return [];

        await using var db = await contexts.CreateDbContextAsync(ct);
        var raised = new List<SpikeAlert>();
        foreach (var spike in spikes)
        {
            var row = await db.SpikeAlerts.FirstOrDefaultAsync(a => a.TopicId == spike.TopicId && a.PerspectiveId == spike.PerspectiveId && a.Hour == spike.Hour, ct);
            if (row is null)
            {
                row = new SpikeAlert { TopicId = spike.TopicId, PerspectiveId = spike.PerspectiveId, Hour = spike.Hour, RaisedAt = time.GetUtcNow().UtcDateTime };
                db.SpikeAlerts.Add(row);
                raised.Add(row);
            }
            (row.Count, row.BaselineMean, row.BaselineSd, row.Z) = (spike.Count, spike.BaselineMean, spike.BaselineSd, spike.Z);
        }
        await db.SaveChangesAsync(ct);
        var summaries = raised.Select(AlertSummary.From).ToList();
        foreach (var alert in summaries)
        {
            logger.LogInformation("alerts: {Topic}/{Perspective} {Hour:u}: {Count} articles, z = {Z:F1}", alert.TopicId, alert.PerspectiveId, alert.Hour, alert.Count, alert.Z);
            alerts.Publish(alert);
        }
        return summaries;
    }

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);
}
