using System.Security.Cryptography;

namespace Dashboard.Rendering;

/// <summary>An encoded chart image and its strong ETag (a hash of the bytes, so an unchanged redraw keeps its tag).</summary>
public sealed record RenderedChart(byte[] Bytes, string ContentType, string ETag)
{
    public static RenderedChart Of(byte[] bytes, ChartFormat format) =>
        new(bytes, format.ContentType(), "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"");
}
