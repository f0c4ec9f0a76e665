using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class QuantizedVectorTests
{
    [Theory]
    [InlineData(384)]
    [InlineData(37)]
    [InlineData(5)]
    public void DotInt_RandomAndExtremeBytes_EqualsTheScalarSum(int length)
    {
        var random = new Random(length);
        for (var round = 0; round < 50; round++)
        {
            var a = new sbyte[length];
            var b = new sbyte[length];
            for (var i = 0; i < length; i++)
            {
                // Every other round at the extremes, where a vector sum could saturate.
                a[i] = round % 2 == 0 ? (sbyte)random.Next(-127, 128) : (sbyte)(random.Next(2) == 0 ? -127 : 127);
                b[i] = round % 2 == 0 ? (sbyte)random.Next(-127, 128) : (sbyte)(random.Next(2) == 0 ? -127 : 127);
            }
            var expected = 0;
            for (var i = 0; i < length; i++) expected += a[i] * b[i];

            Assert.Equal(expected, QuantizedVector.DotInt(a, b));
        }
    }

    [Fact]
    public void Dot_UnitVectors_WithinTwoThousandthsOfTheFloatDot()
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var (x, y) = (Unit(random), Unit(random));
            var exact = x.Zip(y, (p, q) => (double)p * q).Sum();

            Assert.InRange(new QuantizedVector(x).Dot(new QuantizedVector(y)) - exact, -0.002, 0.002);
        }
    }

    private static float[] Unit(Random random)
    {
        var v = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
