using System.Buffers;

namespace Dashboard.Analysis;

/// <summary>Growing and returning arrays rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal static class PooledArray
{
    /// <summary>
    /// A pooled array of at least <paramref name="minLength"/> (and at least double the old length) that starts with
    /// the first <paramref name="used"/> items of <paramref name="array"/>; <paramref name="array"/> goes back to the
    /// pool. Items past <paramref name="used"/> are whatever the pool left there.
    /// </summary>
    public static T[] Grow<T>(T[] array, int used, int minLength)
    {
        var grown = ArrayPool<T>.Shared.Rent(Math.Max(minLength, 2 * array.Length));
        array.AsSpan(0, used).CopyTo(grown);
        Return(ref array);
        return grown;
    }

    /// <summary>Returns a rented array (an empty one is not rented) and leaves the empty array in its place.</summary>
    public static void Return<T>(ref T[] array)
    {
        if (array.Length > 0) ArrayPool<T>.Shared.Return(array);
        array = [];
    }
}
