using System.Runtime.InteropServices;

namespace Dashboard.Stories;

/// <summary>An embedding as stored (<see cref="Storage.Entities.ArticleVector"/>): its floats' bytes.</summary>
internal static class VectorBytes
{
    public static byte[] From(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] To(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
