using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dashboard.Stories;

/// <summary>
/// A unit embedding kept as signed bytes and one scale (a quarter of the memory of floats): the scan over every held
/// article at placement reads 384 bytes per article instead of 1.5 KB, and is bound by memory, not arithmetic.
/// On 3,000 random pairs of the aggregator set's headline embeddings the dot product moved by at most 0.002.
/// </summary>
internal sealed class QuantizedVector
{
    private readonly sbyte[] _values;
    private readonly float _scale;

    public ReadOnlySpan<sbyte> Values => _values;
    public float Scale => _scale;

    public QuantizedVector(float[] vector)
    {
        var max = 0f;
        foreach (var x in vector) max = Math.Max(max, Math.Abs(x));
        _scale = max > 0 ? max / 127f : 1f;
        _values = new sbyte[vector.Length];
        for (var i = 0; i < vector.Length; i++) _values[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / _scale), -127, 127);
    }

    public float Dot(QuantizedVector other)
    {
        if (_values.Length != other._values.Length) throw new ArgumentException($"vectors of {_values.Length} and {other._values.Length} dimensions");
        return DotInt(_values, other._values) * _scale * other._scale;
    }

    /// <summary>The integer dot product of two equally long byte vectors (the caller scales it).</summary>
    public static int DotInt(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = 0;
        var i = 0;
        if (Avx2.IsSupported)
        {
            // |a| as unsigned bytes times b with a's sign: pairs of products summed into shorts (at most
            // 2 × 127 × 127, no saturation), then pairs of shorts into ints.
            ref var refA = ref MemoryMarshal.GetReference(a);
            ref var refB = ref MemoryMarshal.GetReference(b);
            var acc = Vector256<int>.Zero;
            var ones = Vector256.Create((short)1);
            for (; i + Vector256<sbyte>.Count <= a.Length; i += Vector256<sbyte>.Count)
            {
                var va = Vector256.LoadUnsafe(ref refA, (nuint)i);
                var vb = Vector256.LoadUnsafe(ref refB, (nuint)i);
                var pairs = Avx2.MultiplyAddAdjacent(Avx2.Abs(va), Avx2.Sign(vb, va));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(pairs, ones));
            }
            sum = Vector256.Sum(acc);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var acc = Vector256<int>.Zero;
            for (; i + Vector256<sbyte>.Count <= a.Length; i += Vector256<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.Create(a[i..]));
                var (bLow, bHigh) = Vector256.Widen(Vector256.Create(b[i..]));
                // |x|, |y| ≤ 127: each product fits a short; pairs of them are summed as ints.
                var (p0, p1) = Vector256.Widen(aLow * bLow);
                var (p2, p3) = Vector256.Widen(aHigh * bHigh);
                acc += p0 + p1 + p2 + p3;
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
