using Dashboard.Storage;

namespace Dashboard.Api;

public static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles", async (ArticleQueries queries, string? topic, int? limit, CancellationToken ct) =>
        {
            if (limit is < 1 or > ArticleQueries.MaxPageSize)
                return Results.Problem(statusCode: 400, title: "invalid parameter",
                    detail: $"api: limit must be between 1 and {ArticleQueries.MaxPageSize}, got {limit}");
            // The same wire shape as the hub's articlesAdded payload.
            return Results.Ok(await queries.LatestAsync(limit ?? 50, topic, ct));
        });
        return app;
    }
}
