using System.Numerics;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Exact DECIMAL arithmetic on the unscaled integers of <see cref="decimal"/> values, for the cases where
/// <see cref="decimal"/>'s own operators would round (they drop digits silently when a result needs more than 96 bits,
/// and a quotient has only 28-29 significant digits). Each result is rounded once, half away from zero, to the result
/// scale, and is an error when it needs more integer digits than the result type has.
/// </summary>
internal static class DecimalExact
{
    /// <summary>Largest precision whose values all fit in a <see cref="decimal"/> (10^28 &lt; 2^96).</summary>
    internal const int MaxPrecision = 28;

    private static readonly BigInteger[] Powers = BuildPowers();
    private static readonly UInt128[] SmallPowers = BuildSmallPowers();

    /// <summary>
    /// x + y (x - y when <paramref name="negateY"/>) with <see cref="decimal"/>'s operator when that is exact: false when
    /// it overflowed or had to drop fraction digits to fit 96 bits (then its result scale is below the operands').
    /// </summary>
    internal static bool TryAdd(decimal x, decimal y, bool negateY, out decimal result)
    {
        try
        {
            result = negateY ? x - y : x + y;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }

        return result.Scale == Math.Max(x.Scale, y.Scale);
    }

    /// <summary>
    /// The running sum of an aggregate plus value * weight, exactly: a sum that no longer fits a decimal at its scale
    /// is an error now, because rounding it would corrupt every later retraction.
    /// </summary>
    internal static decimal AddWeighted(decimal sum, decimal value, long weight, string aggregate)
    {
        decimal term = value;
        bool exact = true;
        if (weight != 1)
        {
            try
            {
                term = value * weight;
                exact = term.Scale == value.Scale;
            }
            catch (OverflowException)
            {
                exact = false;
            }
        }

        if (!exact || !TryAdd(sum, term, negateY: false, out decimal result))
        {
            throw SqlErrors.Error(string.Create(SqlText.Invariant,
                $"decimal overflow: {aggregate} = {SqlText.Format(sum)} + {SqlText.Format(value)} * {weight} (DECIMAL)"));
        }

        return result;
    }

    /// <summary>x + y (or x - y when <paramref name="negateY"/>) as DECIMAL(precision, scale).</summary>
    internal static decimal Add(decimal x, decimal y, bool negateY, int precision, int scale)
    {
        int common = Math.Max(x.Scale, y.Scale);
        var a = Unscaled(x) * Powers[common - x.Scale];
        var b = Unscaled(y) * Powers[common - y.Scale];
        return Shape(negateY ? a - b : a + b, common, precision, scale);
    }

    /// <summary>x * y as DECIMAL(precision, scale).</summary>
    internal static decimal Multiply(decimal x, decimal y, int precision, int scale) =>
        Shape(Unscaled(x) * Unscaled(y), x.Scale + y.Scale, precision, scale);

    /// <summary>x / y (y not zero) rounded half away from zero to <paramref name="scale"/> digits, as DECIMAL(precision, scale).</summary>
    internal static decimal Divide(decimal x, decimal y, int precision, int scale)
    {
        // x / y * 10^scale = (X * 10^(sy + scale)) / (Y * 10^sx) for the unscaled integers X and Y.
        int numeratorPower = y.Scale + scale, denominatorPower = x.Scale;
        UInt128 xm = Magnitude(x), ym = Magnitude(y);
        bool negative = x < 0 != y < 0;
        // Four bits per decimal digit over-estimates log2(10), so the products below cannot overflow.
        if (Bits(xm) + 4 * numeratorPower <= 127 && Bits(ym) + 4 * denominatorPower <= 127)
        {
            UInt128 n = xm * SmallPowers[numeratorPower], d = ym * SmallPowers[denominatorPower];
            var (q, r) = UInt128.DivRem(n, d);
            if (r >= d - r)
            {
                q++;
            }

            return Shape(negative ? -(BigInteger)q : q, scale, precision, scale);
        }

        var num = (BigInteger)xm * Powers[numeratorPower];
        var den = (BigInteger)ym * Powers[denominatorPower];
        var big = BigInteger.DivRem(num, den, out var rem);
        if (rem * 2 >= den)
        {
            big += 1;
        }

        return Shape(negative ? -big : big, scale, precision, scale);
    }

    /// <summary>
    /// The value <paramref name="unscaled"/> * 10^-<paramref name="valueScale"/> rounded half away from zero to
    /// <paramref name="scale"/> digits as DECIMAL(precision, scale); throws when its integer part has more than
    /// precision - scale digits.
    /// </summary>
    internal static decimal Shape(BigInteger unscaled, int valueScale, int precision, int scale)
    {
        var v = unscaled;
        if (valueScale > scale)
        {
            var divisor = Powers[valueScale - scale];
            v = BigInteger.DivRem(v, divisor, out var rem);
            if (BigInteger.Abs(rem) * 2 >= divisor)
            {
                v += unscaled.Sign;
            }
        }
        else if (valueScale < scale)
        {
            v *= Powers[scale - valueScale];
        }

        if (BigInteger.Abs(v) >= Powers[Math.Min(precision, MaxPrecision)])
        {
            SqlErrors.OutOfRange(Format(unscaled, valueScale), SqlCast.DecimalTypeName(precision, scale));
        }

        var m = (UInt128)BigInteger.Abs(v);
        return new decimal((int)(uint)m, (int)(uint)(m >> 32), (int)(uint)(m >> 64), v.Sign < 0, (byte)scale);
    }

    /// <summary>The unscaled integer of a decimal: x = result * 10^-x.Scale.</summary>
    internal static BigInteger Unscaled(decimal x)
    {
        var m = (BigInteger)Magnitude(x);
        return x < 0 ? -m : m;
    }

    private static UInt128 Magnitude(decimal x)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(x, bits);
        return ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
    }

    private static int Bits(UInt128 x) => 128 - (int)UInt128.LeadingZeroCount(x);

    private static UInt128[] BuildSmallPowers()
    {
        // 10^38 is the largest power of ten below 2^128; the fast path of Divide never needs more than 10^31.
        var powers = new UInt128[39];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>The exact text of unscaled * 10^-scale, for error messages.</summary>
    private static string Format(BigInteger unscaled, int scale)
    {
        string digits = BigInteger.Abs(unscaled).ToString(SqlText.Invariant).PadLeft(scale + 1, '0');
        string text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        return unscaled.Sign < 0 ? "-" + text : text;
    }

    private static BigInteger[] BuildPowers()
    {
        // Scales reach 2 * 28 in a product and 28 + 28 + 28 in a scaled dividend.
        var powers = new BigInteger[3 * MaxPrecision + 2];
        powers[0] = BigInteger.One;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
