using Dashboard.Rendering;

namespace Dashboard.Tests.Rendering;

public sealed class RenderCacheTests
{
    private static readonly DateTime Later = DateTime.UtcNow.AddHours(1);

    private static RenderedChart Image(int bytes) => RenderedChart.Of(new byte[bytes], ChartFormat.Png);

    [Fact]
    public async Task GetOrDraw_SameKeyWhileDrawing_DrawsOnce()
    {
        using var cache = new RenderCache();
        var draws = 0;
        var release = new TaskCompletionSource();
        async Task<RenderedChart> Draw()
        {
            Interlocked.Increment(ref draws);
            await release.Task;
            return Image(10);
        }

        var first = cache.GetOrDrawAsync("k", Later, Draw);
        var second = cache.GetOrDrawAsync("k", Later, Draw);
        release.SetResult();

        Assert.Same(await first, await second);
        Assert.Same(await first, await cache.GetOrDrawAsync("k", Later, Draw));
        Assert.Equal(1, draws);
    }

    [Fact]
    public async Task GetOrDraw_FailedDrawing_IsNotKept()
    {
        using var cache = new RenderCache();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrDrawAsync("k", Later, () => throw new InvalidOperationException("render: boom")));

        Assert.Equal(10, (await cache.GetOrDrawAsync("k", Later, () => Task.FromResult(Image(10)))).Bytes.Length);
    }

    [Fact]
    public async Task GetOrDraw_PastTheSizeLimit_EvictsOlderImages()
    {
        using var cache = new RenderCache();
        var big = (int)(RenderCache.SizeLimitBytes / 4);

        for (var i = 0; i < 12; i++)
            await cache.GetOrDrawAsync("k" + i, Later, () => Task.FromResult(Image(big)));
        await Task.Delay(200); // compaction runs in the background

        Assert.InRange(cache.Count, 1, 4);
    }

    [Fact]
    public void Of_SameBytes_SameStrongETag()
    {
        Assert.Equal(Image(10).ETag, Image(10).ETag);
        Assert.Matches("^\"[0-9a-f]{24}\"$", Image(10).ETag);
        Assert.NotEqual(Image(10).ETag, Image(11).ETag);
    }
}
