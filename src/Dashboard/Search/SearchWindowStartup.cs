namespace Dashboard.Search;

/// <summary>
/// Loads the search window in the background once the host has started: serving does not wait for it, and searches
/// read the database until it is ready.
/// </summary>
public sealed class SearchWindowStartup(SearchWindow window) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => window.LoadAsync(stoppingToken), stoppingToken);
}
