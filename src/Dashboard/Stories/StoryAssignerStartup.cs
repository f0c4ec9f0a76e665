namespace Dashboard.Stories;

/// <summary>
/// Rebuilds the story index while the host starts — before the server listens and before the poller's first
/// refresh — so start-up, not the first refresh, pays for it. (Without a host the index loads on first use.)
/// </summary>
public sealed class StoryAssignerStartup(StoryAssigner index) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => index.InitializeAsync(cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
