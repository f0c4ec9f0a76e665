using Dashboard.Alerts;
using Dashboard.Analysis;
using Dashboard.Configuration;
using Dashboard.Stories;
using Microsoft.Extensions.Options;

namespace Dashboard.Api;

/// <summary>JSON for stories, blindspots, distinctive terms and spike alerts; views are chosen with the pages' URL parameters.</summary>
public static class AnalysisApi
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories", async (HttpRequest request, StoryQueries stories, IOptions<DashboardOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            var (filter, error) = ApiView.Read(request, options.Value, "limit");
            var (limit, limitError) = ApiView.Int(request, "limit", options.Value.Stories.TopStories, 1, StoryQueries.MaxStories);
            if ((error ?? limitError) is { } bad) return bad;
            return Results.Ok(await stories.TopAsync(filter!, time.GetUtcNow().UtcDateTime, limit, ct));
        });
        app.MapGet("/api/stories/{id:long}", async (long id, StoryQueries stories, StoryRedirects redirects, CancellationToken ct) =>
            await stories.FindAsync(id, ct) is { } story
                ? Results.Ok(story)
                // Merged into an older story: the id keeps working, permanently pointing there.
                : await redirects.TargetAsync(id, ct) is { } target
                    ? Results.Redirect($"/api/stories/{target}", permanent: true, preserveMethod: true)
                    : Results.Problem(statusCode: 404, title: "not found", detail: $"api: no story {id}"));
        app.MapGet("/api/blindspots", async (HttpRequest request, StoryQueries stories, IOptions<DashboardOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            var (filter, error) = ApiView.Read(request, options.Value, "limit");
            var (limit, limitError) = ApiView.Int(request, "limit", options.Value.Stories.TopStories, 1, StoryQueries.MaxStories);
            if ((error ?? limitError) is { } bad) return bad;
            return Results.Ok(await stories.BlindspotsAsync(filter!, time.GetUtcNow().UtcDateTime, limit, ct));
        });
        app.MapGet("/api/terms", async (HttpRequest request, TermQueries terms, IOptions<DashboardOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            var (filter, error) = ApiView.Read(request, options.Value, "top");
            var (top, topError) = ApiView.Int(request, "top", 10, 1, 50);
            if ((error ?? topError) is { } bad) return bad;
            return Results.Ok(await terms.ForViewAsync(filter!, time.GetUtcNow().UtcDateTime, top, ct));
        });
        app.MapGet("/api/alerts", async (HttpRequest request, AlertQueries alerts, IOptions<DashboardOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            var (filter, error) = ApiView.Read(request, options.Value, "limit");
            var (limit, limitError) = ApiView.Int(request, "limit", 100, 1, AlertQueries.MaxAlerts);
            if ((error ?? limitError) is { } bad) return bad;
            var (from, to) = filter!.Range.Resolve(time.GetUtcNow().UtcDateTime);
            return Results.Ok(await alerts.ListAsync(filter.Topic, from, to, limit, ct));
        });
        return app;
    }
}
