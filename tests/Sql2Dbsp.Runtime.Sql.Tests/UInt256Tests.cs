using System.Numerics;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class UInt256Tests
{
    [Fact]
    public void RandomArithmeticMatchesBigInteger()
    {
        var random = new Random(256);
        for (int i = 0; i < 20000; i++)
        {
            var a = Random(random);
            var b = Random(random);
            var (x, y) = (Big(a), Big(b));

            Assert.Equal(x.CompareTo(y), a.CompareTo(b));
            Assert.Equal(x * y < BigInteger.One << 256, UInt256.TryMultiply(a, b, out var product));
            if (x * y < BigInteger.One << 256)
            {
                Assert.Equal(x * y, Big(product));
            }

            Assert.Equal(x + y < BigInteger.One << 256, UInt256.TryAdd(a, b, out var sum));
            Assert.Equal((x + y) & ((BigInteger.One << 256) - 1), Big(sum));
            Assert.Equal(BigInteger.Abs(x - y), Big(x >= y ? UInt256.Subtract(a, b) : UInt256.Subtract(b, a)));
            if (!b.IsZero)
            {
                var q = UInt256.DivRem(a, b, out var r);
                Assert.Equal(BigInteger.DivRem(x, y, out var expectedRemainder), Big(q));
                Assert.Equal(expectedRemainder, Big(r));
            }

            int shift = random.Next(0, 256);
            Assert.Equal((x << shift) & ((BigInteger.One << 256) - 1), Big(a << shift));
            Assert.Equal(x >> shift, Big(a >> shift));
            Assert.Equal(x.IsZero ? 1 : x.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, a.DigitCount);
        }
    }

    [Fact]
    public void FullProductOfTwo128BitValues()
    {
        var product = UInt256.Multiply(UInt128.MaxValue, UInt128.MaxValue);
        Assert.Equal(((BigInteger.One << 128) - 1) * ((BigInteger.One << 128) - 1), Big(product));
        Assert.Equal(BigInteger.Pow(10, 77), Big(UInt256.PowersOfTen[77]));
    }

    private static UInt256 Random(Random random)
    {
        // Values of every width, so each division path (128-bit, 64-bit divisor, long division) runs.
        int limbs = random.Next(0, 5);
        Span<ulong> l = stackalloc ulong[4];
        for (int i = 0; i < limbs; i++)
        {
            l[i] = random.Next(0, 6) == 0 ? ulong.MaxValue : (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
        }

        return new UInt256(l[0], l[1], l[2], l[3]);
    }

    private static BigInteger Big(UInt256 x) =>
        new BigInteger(x.L0) | (new BigInteger(x.L1) << 64) | (new BigInteger(x.L2) << 128) | (new BigInteger(x.L3) << 192);
}
