using System.Buffers.Binary;

namespace Dashboard.Tests.Rendering;

/// <summary>Reads what a test asserts about a PNG from its bytes: the signature and the IHDR size.</summary>
internal static class PngImage
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "not a PNG: the signature is missing");
        // Signature (8), chunk length (4), "IHDR" (4), then width and height, big-endian.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
