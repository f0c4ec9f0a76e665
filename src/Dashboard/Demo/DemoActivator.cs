using Dashboard.Configuration;
using Dashboard.Ingestion;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Dashboard.Demo;

/// <summary>
/// Under --demo, points the feed catalog at the app's own demo endpoints once the server listens
/// (only then is its address known), so the demo runs through the real HTTP → parse → store path.
/// </summary>
public sealed class DemoActivator(
    IServer server, FeedCatalog catalog, DemoFeedSource source, IOptions<DashboardOptions> options, IHostApplicationLifetime lifetime, ILogger<DemoActivator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            logger.LogError("demo: the server reports no listening address, so the demo feeds cannot be polled");
            return;
        }
        var siteBase = LoopbackBase(address);
        await catalog.ReplaceAsync(DemoFeedSource.FeedOptionsFor(siteBase, TimeSpan.FromSeconds(options.Value.Demo.StepSeconds), options.Value.Demo.PerspectiveMode), stoppingToken);
        logger.LogInformation("demo: replaying {Count} seed feeds from {Base}demo/feeds/ since {Start:u}, until {End:u}; {Dates}",
            DemoFeedSource.FeedIds.Count, siteBase, source.Start, source.LastReleaseAt,
            source.DateOffset == TimeSpan.Zero ? "the seed's original dates" : $"seed dates moved by {source.DateOffset.TotalDays:F2} days to end at the start");
    }

    /// <summary>"http://[::]:5000" or "http://+:5000" listen everywhere; the app calls itself on loopback.</summary>
    internal static Uri LoopbackBase(string address)
    {
        var normalized = address.Replace("://+:", "://127.0.0.1:").Replace("://*:", "://127.0.0.1:")
            .Replace("://[::]:", "://127.0.0.1:").Replace("://0.0.0.0:", "://127.0.0.1:");
        var uri = new Uri(normalized);
        return new Uri($"{uri.Scheme}://{uri.Authority}/");
    }
}
