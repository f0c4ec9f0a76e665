using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Rendering;

/// <summary>
/// Rendered images by key, bounded by their total size in bytes (the least recently used go first). Requests for an
/// image being drawn wait for that drawing instead of starting another: a shared link is fetched by every chat app
/// at once.
/// </summary>
public sealed class RenderCache : IDisposable
{
    /// <summary>About 600 volume PNGs of the default size (20–80 KB each).</summary>
    public const long SizeLimitBytes = 32L * 1024 * 1024;

    private readonly MemoryCache _images = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });
    private readonly ConcurrentDictionary<string, Lazy<Task<RenderedChart>>> _drawing = new(StringComparer.Ordinal);

    public async Task<RenderedChart> GetOrDrawAsync(string key, DateTime expiresAtUtc, Func<Task<RenderedChart>> draw)
    {
        if (_images.TryGetValue(key, out RenderedChart? cached)) return cached!;
        var drawing = _drawing.GetOrAdd(key, _ => new Lazy<Task<RenderedChart>>(() => DrawAndKeepAsync(key, expiresAtUtc, draw)));
        try { return await drawing.Value; }
        finally { _drawing.TryRemove(new KeyValuePair<string, Lazy<Task<RenderedChart>>>(key, drawing)); }
    }

    private async Task<RenderedChart> DrawAndKeepAsync(string key, DateTime expiresAtUtc, Func<Task<RenderedChart>> draw)
    {
        var image = await draw();
        _images.Set(key, image, new MemoryCacheEntryOptions { Size = image.Bytes.Length, AbsoluteExpiration = expiresAtUtc });
        return image;
    }

    public int Count => _images.Count;

    public void Dispose() => _images.Dispose();
}
