using Dashboard.Storage;

namespace Dashboard.Api;

public static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        // limit is read by ApiView.Int rather than bound as int?: a bad value must be a problem naming it, not a bare 400.
        app.MapGet("/api/articles", async (HttpRequest request, ArticleQueries queries, string? topic, CancellationToken ct) =>
        {
            var (limit, error) = ApiView.Int(request, "limit", 50, 1, ArticleQueries.MaxPageSize);
            if (error is not null) return error;
            // The same wire shape as the hub's articlesAdded payload.
            return Results.Ok(await queries.LatestAsync(limit, topic, ct));
        });
        return app;
    }
}
