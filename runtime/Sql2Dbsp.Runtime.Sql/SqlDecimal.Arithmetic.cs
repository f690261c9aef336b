using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

// Exact arithmetic: every intermediate is a sign and a 256-bit magnitude, rounded once to the result type.
public readonly partial struct SqlDecimal
{
    /// <summary>x + y as DECIMAL(precision, scale), rounded half away from zero.</summary>
    /// <exception cref="SqlRuntimeException">The sum needs more than precision - scale integer digits.</exception>
    public static SqlDecimal Add(SqlDecimal x, SqlDecimal y, int precision, int scale)
    {
        CheckType(precision, scale);
        return TryAddFast(x, y, negateY: false, precision, scale, out var r) ? r : AddCore(x, y, negateY: false, precision, scale, "+");
    }

    /// <summary>x - y as DECIMAL(precision, scale), rounded half away from zero.</summary>
    /// <exception cref="SqlRuntimeException">The difference needs more than precision - scale integer digits.</exception>
    public static SqlDecimal Subtract(SqlDecimal x, SqlDecimal y, int precision, int scale)
    {
        CheckType(precision, scale);
        return TryAddFast(x, y, negateY: true, precision, scale, out var r) ? r : AddCore(x, y, negateY: true, precision, scale, "-");
    }

    /// <summary>x * y as DECIMAL(precision, scale), rounded half away from zero.</summary>
    /// <exception cref="SqlRuntimeException">The product needs more than precision - scale integer digits.</exception>
    public static SqlDecimal Multiply(SqlDecimal x, SqlDecimal y, int precision, int scale)
    {
        CheckType(precision, scale);
        if (TryMultiplyFast(x, y, precision, scale, out var fast))
        {
            return fast;
        }

        var product = UInt256.Multiply(x.UnscaledMagnitude, y.UnscaledMagnitude);
        return ShapeOrOverflow(x.Sign * y.Sign < 0, product, x.scale + y.scale, x, "*", y, precision, scale);
    }

    /// <summary>x / y as DECIMAL(precision, scale): the exact quotient rounded half away from zero at the scale.</summary>
    /// <exception cref="SqlRuntimeException">y is zero, or the quotient needs more than precision - scale integer digits.</exception>
    public static SqlDecimal Divide(SqlDecimal x, SqlDecimal y, int precision, int scale)
    {
        CheckType(precision, scale);
        if (y.unscaled == 0)
        {
            SqlErrors.DivisionByZero(x.ToString(), "/");
        }

        // The quotient truncated at scale + 1 digits: its last digit is the first digit rounding looks at.
        // x / y * 10^(scale + 1) = X * 10^e / Y with e = y.scale + scale + 1 - x.scale for the unscaled X and Y.
        int e = y.scale + scale + 1 - x.scale;
        UInt256 numerator, denominator;
        if (e >= 0)
        {
            var magnitude = new UInt256(x.UnscaledMagnitude);
            // X has d digits, so X * 10^e >= 10^(d - 1 + e); past 77 digits the quotient (Y < 10^38) has over 39
            // digits at scale + 1, too many for any DECIMAL(38); below that the product fits 256 bits.
            if (!magnitude.IsZero && magnitude.DigitCount + e > 77)
            {
                Overflow(x, "/", y, precision, scale);
            }

            UInt256.TryMultiply(magnitude, UInt256.PowersOfTen[e], out numerator);
            denominator = new UInt256(y.UnscaledMagnitude);
        }
        else
        {
            numerator = new UInt256(x.UnscaledMagnitude);
            denominator = UInt256.Multiply(y.UnscaledMagnitude, Pow10(-e));
        }

        var quotient = UInt256.DivRem(numerator, denominator, out _);
        return ShapeOrOverflow(x.Sign * y.Sign < 0, quotient, scale + 1, x, "/", y, precision, scale);
    }

    /// <summary>x % y (the remainder of the truncated quotient; it takes the sign of x) as DECIMAL(precision, scale).</summary>
    /// <exception cref="SqlRuntimeException">y is zero, or the remainder does not fit the type.</exception>
    public static SqlDecimal Modulo(SqlDecimal x, SqlDecimal y, int precision, int scale)
    {
        CheckType(precision, scale);
        if (y.unscaled == 0)
        {
            SqlErrors.DivisionByZero(x.ToString(), "%");
        }

        int common = Math.Max(x.scale, y.scale);
        var a = UInt256.Multiply(x.UnscaledMagnitude, Pow10(common - x.scale));
        var b = UInt256.Multiply(y.UnscaledMagnitude, Pow10(common - y.scale));
        UInt256.DivRem(a, b, out var remainder);
        return ShapeOrOverflow(x.Sign < 0, remainder, common, x, "%", y, precision, scale);
    }

    /// <summary>-x at the same scale (it cannot overflow: the range is symmetric).</summary>
    public static SqlDecimal Negate(SqlDecimal x) => new(-x.unscaled, x.scale, trusted: true);

    /// <summary>|x| at the same scale.</summary>
    public static SqlDecimal Abs(SqlDecimal x) => x.unscaled < 0 ? Negate(x) : x;

    /// <summary>CAST(x AS DECIMAL(precision, scale)): rounds half away from zero, or pads, to the scale.</summary>
    /// <exception cref="SqlRuntimeException">The value needs more than precision - scale integer digits.</exception>
    public static SqlDecimal Rescale(SqlDecimal x, int precision, int scale)
    {
        CheckType(precision, scale);
        if (TryShapeFast(x.unscaled < 0, x.UnscaledMagnitude, x.scale, precision, scale, out var fast))
        {
            return fast;
        }

        if (!TryShape(x.Sign < 0, new UInt256(x.UnscaledMagnitude), x.scale, precision, scale, out var result))
        {
            SqlErrors.OutOfRange(x.ToString(), SqlCast.DecimalTypeName(precision, scale));
        }

        return result;
    }

    /// <summary>
    /// ROUND(x, digits) as PostgreSQL's numeric round: half away from zero to <paramref name="digits"/> fraction digits;
    /// the result has scale max(digits, 0) (ROUND(1.5, 3) = 1.500); a negative count rounds to tens, hundreds, ...
    /// (ROUND(1250, -2) = 1300).
    /// </summary>
    /// <exception cref="SqlRuntimeException">The result needs more than 38 digits.</exception>
    public static SqlDecimal Round(SqlDecimal x, int digits)
    {
        bool negative = x.Sign < 0;
        var magnitude = new UInt256(x.UnscaledMagnitude);
        int targetScale = Math.Clamp(digits, 0, MaxPrecision);
        bool ok;
        SqlDecimal result = default;
        if (digits >= 0)
        {
            ok = digits <= MaxPrecision && TryShape(negative, magnitude, x.scale, MaxPrecision, targetScale, out result);
        }
        else
        {
            // Count whole units of 10^k (k = -digits), then scale the count back up by 10^k.
            int k = Math.Min(-digits, 2 * MaxPrecision + 2);
            ok = TryShape(negative, magnitude, x.scale + k, MaxPrecision, 0, out var units)
                && TryShape(negative, new UInt256(units.UnscaledMagnitude), -k, MaxPrecision, 0, out result);
        }

        if (!ok)
        {
            SqlErrors.Throw(string.Create(SqlText.Invariant, $"decimal overflow: ROUND({x}, {digits}) needs more than 38 digits (DECIMAL(38))"));
        }

        return result;
    }

    /// <summary>FLOOR(x): the largest integer not above x, at scale 0.</summary>
    public static SqlDecimal Floor(SqlDecimal x) => ToInteger(x, roundUpMagnitude: x.Sign < 0);

    /// <summary>CEIL(x): the smallest integer not below x, at scale 0.</summary>
    public static SqlDecimal Ceiling(SqlDecimal x) => ToInteger(x, roundUpMagnitude: x.Sign > 0);

    /// <summary>Truncates toward zero to an integer at scale 0 (the integer part).</summary>
    public static SqlDecimal Truncate(SqlDecimal x) => ToInteger(x, roundUpMagnitude: false);

    /// <summary>
    /// TRUNCATE(x, digits): toward zero, keeping <paramref name="digits"/> fraction digits (a negative count zeroes the
    /// tens, hundreds, ...). The result keeps x's scale, so it can never need more digits than x.
    /// </summary>
    public static SqlDecimal Truncate(SqlDecimal x, int digits)
    {
        int drop = x.scale - digits;
        if (drop <= 0)
        {
            return x;
        }

        var magnitude = x.UnscaledMagnitude;
        var kept = drop > MaxPrecision ? UInt128.Zero : magnitude - magnitude % Pow10(drop);
        var signed = (Int128)kept;
        return new SqlDecimal(x.Sign < 0 ? -signed : signed, x.scale, trusted: true);
    }

    private static SqlDecimal ToInteger(SqlDecimal x, bool roundUpMagnitude)
    {
        if (x.scale == 0)
        {
            return x;
        }

        // A value with a fraction has at most 37 integer digits, so the adjusted magnitude stays below 10^38.
        var (q, r) = UInt128.DivRem(x.UnscaledMagnitude, Pow10(x.scale));
        if (roundUpMagnitude && r != 0)
        {
            q++;
        }

        var signed = (Int128)q;
        return new SqlDecimal(x.Sign < 0 ? -signed : signed, 0, trusted: true);
    }

    private static SqlDecimal AddCore(SqlDecimal x, SqlDecimal y, bool negateY, int precision, int scale, string op)
    {
        int common = Math.Max(x.scale, y.scale);
        var a = UInt256.Multiply(x.UnscaledMagnitude, Pow10(common - x.scale));
        var b = UInt256.Multiply(y.UnscaledMagnitude, Pow10(common - y.scale));
        bool negativeX = x.Sign < 0, negativeY = (y.Sign < 0) != negateY;
        UInt256 magnitude;
        bool negative;
        if (negativeX == negativeY)
        {
            // Both below 10^76, so the sum is below 2 * 10^76 < 2^256.
            UInt256.TryAdd(a, b, out magnitude);
            negative = negativeX;
        }
        else if (a >= b)
        {
            magnitude = UInt256.Subtract(a, b);
            negative = negativeX;
        }
        else
        {
            magnitude = UInt256.Subtract(b, a);
            negative = negativeY;
        }

        return ShapeOrOverflow(negative, magnitude, common, x, op, y, precision, scale);
    }

    /// <summary><see cref="TryShape"/> for the result of x op y; throws the overflow error naming them when it does not fit.</summary>
    private static SqlDecimal ShapeOrOverflow(
        bool negative, UInt256 magnitude, int valueScale, SqlDecimal x, string op, SqlDecimal y, int precision, int scale)
    {
        if (!TryShape(negative, magnitude, valueScale, precision, scale, out var result))
        {
            Overflow(x, op, y, precision, scale);
        }

        return result;
    }

    /// <summary>
    /// The value (-)<paramref name="magnitude"/> * 10^-<paramref name="valueScale"/> rounded half away from zero to
    /// <paramref name="scale"/> digits; false when it then needs more than <paramref name="precision"/> digits.
    /// </summary>
    internal static bool TryShape(bool negative, UInt256 magnitude, int valueScale, int precision, int scale, out SqlDecimal result)
    {
        result = default;
        if (valueScale > scale)
        {
            // Half away from zero looks only at the first dropped digit: truncate all but it, then round on it.
            int drop = valueScale - scale;
            var kept = drop - 1 < UInt256.PowersOfTen.Length
                ? UInt256.DivRem(magnitude, UInt256.PowersOfTen[drop - 1], out _)
                : default;
            magnitude = UInt256.DivRem(kept, 10UL, out ulong firstDropped);
            if (firstDropped >= 5)
            {
                UInt256.TryAdd(magnitude, new UInt256(1, 0, 0, 0), out magnitude);
            }
        }
        else if (valueScale < scale && !magnitude.IsZero)
        {
            int pad = scale - valueScale;
            if (magnitude.DigitCount + pad > precision)
            {
                return false;
            }

            UInt256.TryMultiply(magnitude, UInt256.PowersOfTen[pad], out magnitude);
        }

        if (magnitude >= UInt256.PowersOfTen[precision])
        {
            return false;
        }

        var signed = (Int128)magnitude.Low128;
        result = new SqlDecimal(negative ? -signed : signed, (byte)scale, trusted: true);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckType(int precision, int scale)
    {
        if ((uint)precision - 1 >= MaxPrecision || (uint)scale > (uint)precision)
        {
            BadType(precision, scale);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BadType(int precision, int scale) =>
        throw new ArgumentOutOfRangeException(nameof(precision), string.Create(SqlText.Invariant,
            $"DECIMAL({precision}, {scale}) is not a valid type: precision must be 1 to 38 and scale 0 to precision (a compiler bug)"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Overflow(SqlDecimal x, string op, SqlDecimal y, int precision, int scale) =>
        throw new SqlRuntimeException($"decimal overflow: {x} {op} {y} ({SqlCast.DecimalTypeName(precision, scale)})");
}
