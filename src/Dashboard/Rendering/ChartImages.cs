using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.Extensions.Options;

namespace Dashboard.Rendering;

/// <summary>A view's chart image as the /render endpoint serves it: drawn once per view, chart, format, size, theme and minute.</summary>
public sealed class ChartImages(ChartRenderer renderer, RenderCache cache, TimeProvider time, IOptions<DashboardOptions> options)
{
    // Drawing is CPU-bound: at most one per core, so a burst of previews cannot starve the pages' own work.
    private readonly SemaphoreSlim _drawing = new(Math.Max(1, Environment.ProcessorCount));

    public async Task<(RenderedChart Image, RenderFreshness Freshness)> GetAsync(RenderRequest request, ViewFilter view, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var freshness = RenderFreshness.For(view, now);
        var look = request.Look;
        var key = string.Join('|', request.Chart.Name(), request.Format.Extension(), look.Width, look.Height, look.Theme.Name,
            ViewUrl.Format(view, options.Value), freshness.Moving ? ViewTimes.Format(freshness.DrawnAt) : "settled");
        // Not the caller's token: other requests may be waiting for the same drawing.
        var image = await cache.GetOrDrawAsync(key, freshness.ExpiresAt, () => DrawAsync(request, view, freshness.DrawnAt));
        ct.ThrowIfCancellationRequested();
        return (image, freshness);
    }

    private async Task<RenderedChart> DrawAsync(RenderRequest request, ViewFilter view, DateTime drawnAt)
    {
        var input = await renderer.LoadAsync(view, drawnAt, CancellationToken.None);
        await _drawing.WaitAsync();
        try { return RenderedChart.Of(renderer.Render(request.Chart, request.Format, input, request.Look), request.Format); }
        finally { _drawing.Release(); }
    }
}
