using Dashboard.Configuration;
using Dashboard.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Fetching;

/// <summary>A <see cref="FeedFetcher"/> resolved exactly as the app does (AddFetching), with test limits.</summary>
internal sealed class FetcherHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public FetcherHost(Action<IngestionOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.Configure<DashboardOptions>(options => configure?.Invoke(options.Ingestion));
        services.AddFetching();
        _provider = services.BuildServiceProvider();
        Fetcher = _provider.GetRequiredService<FeedFetcher>();
    }

    public FeedFetcher Fetcher { get; }

    public Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null) =>
        Fetcher.FetchAsync(new FetchRequest(url, etag, lastModified), CancellationToken.None);

    public void Dispose() => _provider.Dispose();
}
