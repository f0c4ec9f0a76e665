using System.Buffers;

namespace Dashboard.Fetching;

/// <summary>Reads a response body while counting decompressed bytes, so neither a huge file nor a gzip bomb fills memory.</summary>
internal static class BoundedBodyReader
{
    /// <returns>The body, or null as soon as it exceeds <paramref name="maxBytes"/> (the rest is never read).</returns>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        var limit = Math.Min(maxBytes, Array.MaxLength);
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var body = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? 64 * 1024, limit));
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                if (body.Length + read > limit) return null;
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return body.ToArray();
    }
}
