using Microsoft.Extensions.Options;
using Dashboard.Configuration;

namespace Dashboard.Digest;

/// <summary>
/// Writes each topic's digest when its day closes (in the configured time zone), and at start-up the closed
/// days of the last CatchUpDays that were missed while the app was down; while an <see cref="IDigestHold"/> holds,
/// it tries the same days again.
/// </summary>
public sealed class DigestJob(
    DigestService digests, IOptions<DashboardOptions> options, TimeProvider time, ILogger<DigestJob> logger, IDigestHold? hold = null) : BackgroundService
{
    private static readonly TimeSpan HoldRetry = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastClosed = digests.Clock.LastClosedDay(time.GetUtcNow().UtcDateTime);
        var pending = Enumerable.Range(0, options.Value.Digest.CatchUpDays).Select(i => lastClosed.AddDays(-i)).ToList();
        var onlyWithArticles = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = await digests.CloseDaysAsync(pending, onlyWithArticles, stoppingToken);
                if (written > 0) logger.LogInformation("digest: wrote {Count} digests for {Days}", written, string.Join(", ", pending));
                // Held days were not written: try the same days again once articles dated in them may have arrived.
                if (hold is not null && await hold.HoldsAsync(stoppingToken))
                {
                    await Task.Delay(HoldRetry, time, stoppingToken);
                    continue;
                }
                var next = digests.Clock.LastClosedDay(time.GetUtcNow().UtcDateTime).AddDays(1);
                var wait = digests.Clock.ClosesAt(next) - time.GetUtcNow().UtcDateTime;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
                (pending, onlyWithArticles) = ([next], false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                // The pending days stay pending: a locked database or full disk must not skip a day's digest.
                logger.LogError(e, "digest: writing {Days} failed; retrying in a minute", string.Join(", ", pending));
                try { await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
