using Dashboard.Ingestion;
using Dashboard.Storage;

namespace Dashboard.Api;

public static class FeedApi
{
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/api/feeds");
        feeds.MapGet("/", async (FeedHealthQueries health, CancellationToken ct) =>
            (await health.AllAsync(eventsPerFeed: 5, ct)).Select(h => new
            {
                h.Feed.Id, h.Feed.Name, h.Feed.Url, h.Feed.Enabled, h.Status,
                h.Feed.LastCheckAt, h.Feed.LastSuccessAt, h.Feed.NextCheckAt, h.Feed.LastHttpStatus,
                h.Feed.LastError, h.Feed.LastWarning, h.Feed.ConsecutiveErrors, h.Feed.LastItemCount, h.Feed.ItemsSeen, h.Feed.ArticlesAdded,
                RecentEvents = h.RecentEvents.Select(e => new { e.At, Outcome = e.Outcome.ToString(), e.HttpStatus, e.Error, e.Items, e.NewArticles, e.DurationMs }),
            }));
        // "Refresh now" runs the same orchestrator as the scheduler.
        feeds.MapPost("/{id}/refresh", async (string id, FeedCatalog catalog, FeedRefresher refresher, CancellationToken ct) =>
            catalog.Find(id) is { Enabled: false } disabled
                // A disabled feed is never fetched, whoever asks.
                ? Results.Problem(statusCode: 409, title: "feed disabled",
                    detail: $"api: feed '{disabled.Id}' is disabled (Enabled=false in its configuration) and is never fetched")
                : await refresher.RefreshFeedAsync(id, ct) is { } result
                    ? Results.Ok(new { result.FeedId, Outcome = result.Outcome.ToString(), result.Items, result.NewArticles, result.Error, result.NextCheckAt })
                    : Results.Problem(statusCode: 404, title: "unknown feed", detail: $"api: no feed with id '{id}'"))
            .DisableAntiforgery();
        return app;
    }
}
