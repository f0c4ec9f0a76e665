using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Digest;
using Dashboard.Rendering;
using Microsoft.Extensions.Options;

namespace Dashboard.Api;

/// <summary>Digests as JSON, and as Markdown in seed 002's format at /digest/{topic}/{yyyy-MM-dd}.md (with the day's chart after the front matter).</summary>
public static class DigestApi
{
    public static IEndpointRouteBuilder MapDigestApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/digests", async (string? topic, DigestService digests, CancellationToken ct) =>
            Results.Ok(await digests.ArchiveAsync(topic, ct)));
        app.MapGet("/api/digests/{topic}/{day}", async (string topic, string day, DigestService digests, CancellationToken ct) =>
            await FindAsync(topic, day, digests, ct) switch
            {
                (null, var error) => error!,
                (var found, _) => Results.Ok(new { found!.Document, found.Stored, found.Markdown }),
            });
        app.MapGet("/digest/{topic}/{day}.md", async (string topic, string day, HttpRequest request, DigestService digests,
            IOptions<DashboardOptions> options, CancellationToken ct) =>
            await FindAsync(topic, day, digests, ct) switch
            {
                (null, var error) => error!,
                (var found, _) => Results.Text(WithChart(found!, request, digests, options.Value), "text/markdown; charset=utf-8"),
            });
        return app;
    }

    /// <summary>The stored Markdown plus the day's volume chart, addressed from this request's origin.</summary>
    private static string WithChart(DigestResult found, HttpRequest request, DigestService digests, DashboardOptions options)
    {
        var d = found.Document;
        var chart = RenderUrl.ForDigest(d.TopicId, d.Date, digests.Clock, options);
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        return DigestMarkdown.WithChart(found.Markdown, RenderUrl.Absolute(origin, chart), $"{d.TopicName}: articles per hour by perspective, {d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    private static async Task<(DigestResult? Found, IResult? Error)> FindAsync(string topic, string day, DigestService digests, CancellationToken ct)
    {
        if (DigestDay.Parse(day, out var bad) is not { } date)
            return (null, ApiView.BadRequest(bad!));
        var found = await digests.GetAsync(topic, date, ct);
        return found is null
            ? (null, Results.Problem(statusCode: 404, title: "not found", detail: $"digest: no digest for topic '{topic}' on {day} (unknown topic, or the day has not begun)"))
            : (found, null);
    }
}
