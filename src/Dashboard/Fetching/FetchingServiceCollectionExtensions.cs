using System.Net;
using Dashboard.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FeedFetcher"/> as a typed HttpClient. Limits come from
    /// <c>IOptions&lt;DashboardOptions&gt;</c> (Ingestion section), which the caller configures.
    /// </summary>
    public static IServiceCollection AddFetching(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<FeedFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan) // FeedFetcher times out itself
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value.Ingestion;
                return new SocketsHttpHandler
                {
                    AutomaticDecompression = DecompressionMethods.All,
                    AllowAutoRedirect = options.MaxRedirects > 0,
                    MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
                    // Recycling pooled connections picks up DNS changes, so the handler itself never needs rotating.
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    // Feeds are independent: no cookie state carried from one publisher's response to the next request.
                    UseCookies = false,
                };
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }
}
