using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Rendering;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Api;

/// <summary>
/// Chart images of a view, <c>GET /render/{volume|outlets|share}.{png|svg}?&lt;view query&gt;&amp;width=&amp;height=&amp;theme=dark</c>:
/// for link previews, downloads and the digest. The view is read as its page reads it; the image's own parameters
/// strictly (a 400 names the bad one). Cache-Control follows <see cref="RenderFreshness"/>; a matching If-None-Match gets 304.
/// </summary>
public static class RenderApi
{
    public static IEndpointRouteBuilder MapRenderApi(this IEndpointRouteBuilder app)
    {
        // HEAD too: some link unfurlers ask for the headers before the image.
        app.MapMethods("/render/{chart}.{format}", [HttpMethods.Get, HttpMethods.Head], async (string chart, string format, HttpContext http,
            ChartImages images, IOptions<DashboardOptions> options, AppMode mode, TimeProvider time, CancellationToken ct) =>
        {
            var query = http.Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var (request, problem) = RenderRequest.Parse(chart, format, query);
            if (problem is not null)
                return Results.Problem(statusCode: 400, title: "invalid parameter", detail: "render: " + problem.Detail,
                    extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });

            var view = PageView.Read(query.Where(p => !RenderRequest.OwnKeys.Contains(p.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase), options.Value, mode);
            var (image, freshness) = await images.GetAsync(request!, view, ct);
            http.Response.Headers.CacheControl = $"public, max-age={freshness.MaxAgeSeconds(time.GetUtcNow().UtcDateTime)}";
            // The file result answers If-None-Match with 304 itself.
            return Results.Bytes(image.Bytes, image.ContentType, entityTag: EntityTagHeaderValue.Parse(image.ETag));
        });
        return app;
    }
}
