using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

// The hot path: operands and results that fit 128 bits (money columns, counts, most SUMs) are computed with Int128
// operations only; anything that might not fit falls back to the exact 256-bit path, which also raises the errors.
public readonly partial struct SqlDecimal
{
    /// <summary>10^0 .. 10^38 as 128-bit integers.</summary>
    internal static readonly UInt128[] Powers128 = BuildPowers128();

    /// <summary>x * 10^power when the product surely fits 126 bits (so a later add of two such cannot overflow Int128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryScaleUp(UInt128 magnitude, int power, out UInt128 result)
    {
        if (power == 0)
        {
            result = magnitude;
            return true;
        }

        var p = Powers128[power];
        if (BitLength(magnitude) + BitLength(p) > 126)
        {
            result = default;
            return false;
        }

        result = magnitude * p;
        return true;
    }

    /// <summary>
    /// <see cref="TryShape"/> in 128 bits: the value (-)magnitude * 10^-valueScale rounded to DECIMAL(precision, scale);
    /// false when it does not fit (or might not: the caller then takes the exact path, which decides and reports).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryShapeFast(bool negative, UInt128 magnitude, int valueScale, int precision, int scale, out SqlDecimal result)
    {
        if (valueScale > scale)
        {
            int drop = valueScale - scale;
            if (drop > MaxPrecision)
            {
                result = default;
                return false;
            }

            var divisor = Powers128[drop];
            var (q, r) = UInt128.DivRem(magnitude, divisor);
            // Half away from zero: round up when the remainder is at least half the divisor.
            if (r >= divisor - r)
            {
                q++;
            }

            magnitude = q;
        }
        else if (valueScale < scale && !TryScaleUp(magnitude, scale - valueScale, out magnitude))
        {
            result = default;
            return false;
        }

        if (magnitude >= Powers128[precision])
        {
            result = default;
            return false;
        }

        var signed = (Int128)magnitude;
        result = new SqlDecimal(negative ? -signed : signed, (byte)scale, trusted: true);
        return true;
    }

    /// <summary>x + y (x - y when <paramref name="negateY"/>) in 128 bits when both align to the result scale without rounding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAddFast(SqlDecimal x, SqlDecimal y, bool negateY, int precision, int scale, out SqlDecimal result)
    {
        result = default;
        if (x.scale > scale || y.scale > scale
            || !TryScaleUp(x.UnscaledMagnitude, scale - x.scale, out var a)
            || !TryScaleUp(y.UnscaledMagnitude, scale - y.scale, out var b))
        {
            return false;
        }

        // Both below 2^126, so the signed sum cannot overflow Int128.
        Int128 sa = x.unscaled < 0 ? -(Int128)a : (Int128)a;
        Int128 sb = (y.unscaled < 0) != negateY ? -(Int128)b : (Int128)b;
        var sum = sa + sb;
        if (Magnitude(sum) >= Powers128[precision])
        {
            return false;
        }

        result = new SqlDecimal(sum, (byte)scale, trusted: true);
        return true;
    }

    /// <summary>x * y in 128 bits when the exact product fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryMultiplyFast(SqlDecimal x, SqlDecimal y, int precision, int scale, out SqlDecimal result)
    {
        UInt128 a = x.UnscaledMagnitude, b = y.UnscaledMagnitude;
        if (BitLength(a) + BitLength(b) > 127)
        {
            result = default;
            return false;
        }

        return TryShapeFast((x.unscaled < 0) != (y.unscaled < 0), a * b, x.scale + y.scale, precision, scale, out result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BitLength(UInt128 x) => 128 - (int)UInt128.LeadingZeroCount(x);

    private static UInt128[] BuildPowers128()
    {
        var powers = new UInt128[MaxPrecision + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
