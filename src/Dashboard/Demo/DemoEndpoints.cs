using Microsoft.Net.Http.Headers;

namespace Dashboard.Demo;

public static class DemoEndpoints
{
    /// <summary>
    /// Maps GET /demo/feeds/{feedId}.xml (the released items as Google News-shaped RSS, with an ETag so the
    /// conditional-GET path is exercised too) and GET /demo/articles/{id}. Needs <see cref="DemoFeedSource"/> in DI.
    /// </summary>
    public static IEndpointRouteBuilder MapDemoFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/demo/feeds/{feedId}.xml", ServeFeed);
        app.MapGet("/demo/articles/{id}", ServeArticle);
        return app;
    }

    private static IResult ServeFeed(string feedId, HttpContext context, DemoFeedSource source)
    {
        if (!source.IsFeed(feedId)) return Results.NotFound();
        var now = source.Clock.GetUtcNow();
        // The items change only when another step is released, and their dates only with the demo's start,
        // so the two identify the body.
        var etag = new EntityTagHeaderValue($"\"{feedId}-{source.Start.ToUnixTimeSeconds()}-{source.ReleasedCount(feedId, now)}\"");
        context.Response.GetTypedHeaders().ETag = etag;
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(source.BuildFeed(feedId, now, SiteBase(context.Request)), "application/rss+xml; charset=utf-8");
    }

    private static IResult ServeArticle(string id, DemoFeedSource source) =>
        source.FindArticle(id) is { } article
            ? Results.Content(DemoArticlePage.Render(article), "text/html; charset=utf-8")
            : Results.NotFound();

    private static Uri SiteBase(HttpRequest request) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
