using System.Numerics;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// An unsigned 256-bit integer, just wide enough for the intermediates of <see cref="SqlDecimal"/>: two 38-digit
/// magnitudes multiplied (below 10^76), or one aligned to a common scale (below 10^77 &lt; 2^256), so DECIMAL(38)
/// arithmetic never needs <see cref="BigInteger"/>. Four 64-bit limbs, least significant first.
/// </summary>
internal readonly struct UInt256 : IComparable<UInt256>, IEquatable<UInt256>
{
    /// <summary>Powers of ten 10^0 .. 10^77 (10^77 is the largest below 2^256).</summary>
    internal static readonly UInt256[] PowersOfTen = BuildPowers();

    internal readonly ulong L0, L1, L2, L3;

    internal UInt256(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    internal UInt256(UInt128 x)
        : this((ulong)x, (ulong)(x >> 64), 0, 0)
    {
    }

    internal bool IsZero => (L0 | L1 | L2 | L3) == 0;

    /// <summary>True when the value is below 2^128.</summary>
    internal bool FitsUInt128 => (L2 | L3) == 0;

    internal UInt128 Low128 => new(L1, L0);

    /// <summary>Number of significant bits (0 for zero).</summary>
    internal int BitLength =>
        L3 != 0 ? 256 - BitOperations.LeadingZeroCount(L3)
        : L2 != 0 ? 192 - BitOperations.LeadingZeroCount(L2)
        : L1 != 0 ? 128 - BitOperations.LeadingZeroCount(L1)
        : 64 - BitOperations.LeadingZeroCount(L0);

    /// <summary>Number of decimal digits (1 for zero).</summary>
    internal int DigitCount
    {
        get
        {
            // log10(2) ~ 1233 / 4096; the estimate is off by at most one, which the comparisons correct.
            int d = (BitLength * 1233) >> 12;
            while (d > 0 && this < PowersOfTen[d - 1])
            {
                d--;
            }

            while (d < PowersOfTen.Length && this >= PowersOfTen[d])
            {
                d++;
            }

            return Math.Max(d, 1);
        }
    }

    /// <summary>The full 256-bit product of two 128-bit values (it cannot overflow).</summary>
    internal static UInt256 Multiply(UInt128 a, UInt128 b)
    {
        ulong a0 = (ulong)a, a1 = (ulong)(a >> 64), b0 = (ulong)b, b1 = (ulong)(b >> 64);
        UInt128 p00 = (UInt128)a0 * b0, p01 = (UInt128)a0 * b1, p10 = (UInt128)a1 * b0, p11 = (UInt128)a1 * b1;
        UInt128 mid = (p00 >> 64) + (ulong)p01 + (ulong)p10;
        ulong l0 = (ulong)p00, l1 = (ulong)mid;
        UInt128 high = (mid >> 64) + (p01 >> 64) + (p10 >> 64) + p11;
        return new UInt256(l0, l1, (ulong)high, (ulong)(high >> 64));
    }

    /// <summary>a * b, or false when the product needs more than 256 bits.</summary>
    internal static bool TryMultiply(UInt256 a, UInt256 b, out UInt256 product)
    {
        Span<ulong> x = [a.L0, a.L1, a.L2, a.L3];
        Span<ulong> y = [b.L0, b.L1, b.L2, b.L3];
        Span<ulong> r = stackalloc ulong[8];
        r.Clear();
        for (int i = 0; i < 4; i++)
        {
            if (x[i] == 0)
            {
                continue;
            }

            ulong carry = 0;
            for (int j = 0; j < 4; j++)
            {
                UInt128 t = (UInt128)x[i] * y[j] + r[i + j] + carry;
                r[i + j] = (ulong)t;
                carry = (ulong)(t >> 64);
            }

            r[i + 4] = carry;
        }

        product = new UInt256(r[0], r[1], r[2], r[3]);
        return (r[4] | r[5] | r[6] | r[7]) == 0;
    }

    /// <summary>a + b, or false on a carry out of 256 bits.</summary>
    internal static bool TryAdd(UInt256 a, UInt256 b, out UInt256 sum)
    {
        ulong s0 = a.L0 + b.L0;
        ulong c = s0 < a.L0 ? 1UL : 0UL;
        ulong s1 = a.L1 + b.L1 + c;
        c = s1 < a.L1 || (c == 1 && s1 == a.L1) ? 1UL : 0UL;
        ulong s2 = a.L2 + b.L2 + c;
        c = s2 < a.L2 || (c == 1 && s2 == a.L2) ? 1UL : 0UL;
        ulong s3 = a.L3 + b.L3 + c;
        c = s3 < a.L3 || (c == 1 && s3 == a.L3) ? 1UL : 0UL;
        sum = new UInt256(s0, s1, s2, s3);
        return c == 0;
    }

    /// <summary>a - b for a &gt;= b.</summary>
    internal static UInt256 Subtract(UInt256 a, UInt256 b)
    {
        ulong d0 = a.L0 - b.L0;
        ulong borrow = a.L0 < b.L0 ? 1UL : 0UL;
        ulong d1 = a.L1 - b.L1 - borrow;
        borrow = a.L1 < b.L1 || (borrow == 1 && a.L1 == b.L1) ? 1UL : 0UL;
        ulong d2 = a.L2 - b.L2 - borrow;
        borrow = a.L2 < b.L2 || (borrow == 1 && a.L2 == b.L2) ? 1UL : 0UL;
        ulong d3 = a.L3 - b.L3 - borrow;
        return new UInt256(d0, d1, d2, d3);
    }

    /// <summary>The quotient n / d (truncated) and the remainder; d must not be zero.</summary>
    internal static UInt256 DivRem(UInt256 n, UInt256 d, out UInt256 remainder)
    {
        if (n < d)
        {
            remainder = n;
            return default;
        }

        if (n.FitsUInt128)
        {
            var (q, r) = UInt128.DivRem(n.Low128, d.Low128);
            remainder = new UInt256(r);
            return new UInt256(q);
        }

        if ((d.L1 | d.L2 | d.L3) == 0)
        {
            var quotient = DivRem(n, d.L0, out ulong small);
            remainder = new UInt256(small, 0, 0, 0);
            return quotient;
        }

        // Shift-subtract long division over the bits in which the quotient can be non-zero (at most 192 when d has
        // more than 64 bits); only the rare 256-bit intermediates get here.
        int shift = n.BitLength - d.BitLength;
        var divisor = d << shift;
        var rest = n;
        ulong q0 = 0, q1 = 0, q2 = 0;
        for (int i = shift; i >= 0; i--)
        {
            if (rest >= divisor)
            {
                rest = Subtract(rest, divisor);
                if (i < 64)
                {
                    q0 |= 1UL << i;
                }
                else if (i < 128)
                {
                    q1 |= 1UL << (i - 64);
                }
                else
                {
                    q2 |= 1UL << (i - 128);
                }
            }

            divisor >>= 1;
        }

        remainder = rest;
        return new UInt256(q0, q1, q2, 0);
    }

    /// <summary>The quotient n / d (truncated) and the remainder for a 64-bit divisor (not zero).</summary>
    internal static UInt256 DivRem(UInt256 n, ulong d, out ulong remainder)
    {
        ulong r = 0;
        ulong q3 = Step(n.L3, d, ref r), q2 = Step(n.L2, d, ref r), q1 = Step(n.L1, d, ref r), q0 = Step(n.L0, d, ref r);
        remainder = r;
        return new UInt256(q0, q1, q2, q3);

        static ulong Step(ulong limb, ulong divisor, ref ulong rest)
        {
            var (q, r) = UInt128.DivRem(new UInt128(rest, limb), divisor);
            rest = (ulong)r;
            return (ulong)q;
        }
    }

    public static UInt256 operator <<(UInt256 x, int shift)
    {
        if (shift == 0)
        {
            return x;
        }

        int limbs = shift >> 6, bits = shift & 63;
        Span<ulong> src = [x.L0, x.L1, x.L2, x.L3];
        Span<ulong> dst = stackalloc ulong[4];
        dst.Clear();
        for (int i = 3; i >= limbs; i--)
        {
            ulong v = src[i - limbs] << bits;
            if (bits != 0 && i - limbs - 1 >= 0)
            {
                v |= src[i - limbs - 1] >> (64 - bits);
            }

            dst[i] = v;
        }

        return new UInt256(dst[0], dst[1], dst[2], dst[3]);
    }

    public static UInt256 operator >>(UInt256 x, int shift)
    {
        if (shift == 0)
        {
            return x;
        }

        int limbs = shift >> 6, bits = shift & 63;
        Span<ulong> src = [x.L0, x.L1, x.L2, x.L3];
        Span<ulong> dst = stackalloc ulong[4];
        dst.Clear();
        for (int i = 0; i + limbs < 4; i++)
        {
            ulong v = src[i + limbs] >> bits;
            if (bits != 0 && i + limbs + 1 < 4)
            {
                v |= src[i + limbs + 1] << (64 - bits);
            }

            dst[i] = v;
        }

        return new UInt256(dst[0], dst[1], dst[2], dst[3]);
    }

    public int CompareTo(UInt256 other) =>
        L3 != other.L3 ? L3.CompareTo(other.L3)
        : L2 != other.L2 ? L2.CompareTo(other.L2)
        : L1 != other.L1 ? L1.CompareTo(other.L1)
        : L0.CompareTo(other.L0);

    public bool Equals(UInt256 other) => L0 == other.L0 && L1 == other.L1 && L2 == other.L2 && L3 == other.L3;

    public override bool Equals(object? obj) => obj is UInt256 other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    public static bool operator <(UInt256 a, UInt256 b) => a.CompareTo(b) < 0;

    public static bool operator >(UInt256 a, UInt256 b) => a.CompareTo(b) > 0;

    public static bool operator <=(UInt256 a, UInt256 b) => a.CompareTo(b) <= 0;

    public static bool operator >=(UInt256 a, UInt256 b) => a.CompareTo(b) >= 0;

    public static bool operator ==(UInt256 a, UInt256 b) => a.Equals(b);

    public static bool operator !=(UInt256 a, UInt256 b) => !a.Equals(b);

    private static UInt256[] BuildPowers()
    {
        var powers = new UInt256[78];
        powers[0] = new UInt256(1, 0, 0, 0);
        var ten = new UInt256(10, 0, 0, 0);
        for (int i = 1; i < powers.Length; i++)
        {
            TryMultiply(powers[i - 1], ten, out powers[i]);
        }

        return powers;
    }
}
