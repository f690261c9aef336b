using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>ROUND, TRUNCATE, FLOOR and CEIL on DECIMAL, REAL and DOUBLE, and the transcendental functions.</summary>
public static partial class SqlMath
{
    // ---------------------------------------------------------------- ROUND

    /// <summary><c>ROUND(x)</c> on DECIMAL: to an integer, half away from zero (scale 0).</summary>
    public static SqlDecimal Round(SqlDecimal x) => Round(x, 0);

    /// <summary><c>ROUND(x, digits)</c> on DECIMAL: half away from zero to <paramref name="digits"/> decimal places
    /// (a negative count rounds to tens, hundreds...); the result has scale max(digits, 0) like PostgreSQL
    /// (ROUND(1.5, 2) is 1.50).</summary>
    public static SqlDecimal Round(SqlDecimal x, int digits) => SqlDecimal.Round(x, digits);

    /// <summary><c>TRUNCATE(x)</c> on DECIMAL: toward zero to an integer (scale 0).</summary>
    public static SqlDecimal Truncate(SqlDecimal x) => SqlDecimal.Truncate(x);

    /// <summary><c>TRUNCATE(x, digits)</c> on DECIMAL: toward zero to <paramref name="digits"/> decimal places (a negative
    /// count zeroes tens, hundreds...); the result keeps x's scale (the binder types it as x's type).</summary>
    public static SqlDecimal Truncate(SqlDecimal x, int digits) => SqlDecimal.Truncate(x, digits);

    /// <summary><c>ROUND(x)</c> on DOUBLE: to an integer, half away from zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Round(double x) => Math.Round(x, MidpointRounding.AwayFromZero);

    /// <summary><c>ROUND(x, digits)</c> on DOUBLE: half away from zero to <paramref name="digits"/> decimal places of the
    /// value's shortest decimal text (so ROUND(2.675, 2) is 2.68 although the binary double is slightly below 2.675).</summary>
    public static double Round(double x, int digits) => RoundDouble(x, digits, truncate: false);

    /// <summary><c>ROUND(x)</c> on REAL: to an integer, half away from zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Round(float x) => MathF.Round(x, MidpointRounding.AwayFromZero);

    /// <summary><c>ROUND(x, digits)</c> on REAL (see <see cref="Round(double, int)"/>).</summary>
    public static float Round(float x, int digits) => (float)RoundDouble(SqlCast.ToDouble(SqlCast.ToVarchar(x, -1))!.Value, digits, truncate: false);

    // ---------------------------------------------------------------- TRUNCATE

    /// <summary><c>TRUNCATE(x)</c> on DOUBLE: toward zero to an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Truncate(double x) => Math.Truncate(x);

    /// <summary><c>TRUNCATE(x, digits)</c> on DOUBLE: toward zero to <paramref name="digits"/> decimal places of the value's
    /// shortest decimal text.</summary>
    public static double Truncate(double x, int digits) => RoundDouble(x, digits, truncate: true);

    // ---------------------------------------------------------------- FLOOR, CEIL

    /// <summary><c>FLOOR(x)</c> on DECIMAL (scale 0).</summary>
    public static SqlDecimal Floor(SqlDecimal x) => SqlDecimal.Floor(x);

    /// <summary><c>FLOOR(x)</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Floor(double x) => Math.Floor(x);

    /// <summary><c>FLOOR(x)</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Floor(float x) => MathF.Floor(x);

    /// <summary><c>CEIL(x)</c> / <c>CEILING(x)</c> on DECIMAL (scale 0).</summary>
    public static SqlDecimal Ceil(SqlDecimal x) => SqlDecimal.Ceiling(x);

    /// <summary><c>CEIL(x)</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Ceil(double x) => Math.Ceiling(x);

    /// <summary><c>CEIL(x)</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Ceil(float x) => MathF.Ceiling(x);

    // ---------------------------------------------------------------- POWER, SQRT, LN, LOG10, LOG, EXP

    /// <summary><c>POWER(x, y)</c> on DOUBLE; throws for 0 to a negative power, a negative number to a non-integer
    /// power, and overflow (PostgreSQL).</summary>
    public static double Power(double x, double y)
    {
        if (x == 0 && y < 0)
        {
            SqlErrors.InvalidArgument($"zero raised to a negative power is undefined: POWER({SqlText.FormatDouble(x)}, {SqlText.FormatDouble(y)})");
        }

        if (x < 0 && double.IsFinite(y) && y != Math.Floor(y))
        {
            SqlErrors.InvalidArgument($"a negative number raised to a non-integer power yields a complex result: POWER({SqlText.FormatDouble(x)}, {SqlText.FormatDouble(y)})");
        }

        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y))
        {
            SqlErrors.InvalidArgument($"value out of range: overflow: POWER({SqlText.FormatDouble(x)}, {SqlText.FormatDouble(y)})");
        }

        return r;
    }

    /// <summary><c>SQRT(x)</c>; throws for a negative argument.</summary>
    public static double Sqrt(double x)
    {
        if (x < 0)
        {
            SqlErrors.InvalidArgument($"cannot take square root of a negative number: SQRT({SqlText.FormatDouble(x)})");
        }

        return Math.Sqrt(x);
    }

    /// <summary><c>CBRT(x)</c>: the cube root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cbrt(double x) => Math.Cbrt(x);

    /// <summary><c>LN(x)</c>: natural logarithm; throws for zero and negative arguments.</summary>
    public static double Ln(double x)
    {
        CheckLogArgument(x, "LN");
        return Math.Log(x);
    }

    /// <summary><c>LOG10(x)</c>: base-10 logarithm; throws for zero and negative arguments.</summary>
    public static double Log10(double x)
    {
        CheckLogArgument(x, "LOG10");
        return Math.Log10(x);
    }

    /// <summary><c>LOG(b, x)</c>: logarithm of <paramref name="x"/> in base <paramref name="b"/>; throws for zero and
    /// negative arguments and for base 1.</summary>
    public static double Log(double b, double x)
    {
        CheckLogArgument(b, "LOG");
        CheckLogArgument(x, "LOG");
        if (b == 1)
        {
            SqlErrors.DivisionByZero("LOG(1, " + SqlText.FormatDouble(x) + ")", "/");
        }

        return Math.Log(x) / Math.Log(b);
    }

    /// <summary><c>EXP(x)</c>; throws when the result overflows.</summary>
    public static double Exp(double x)
    {
        double r = Math.Exp(x);
        if (double.IsInfinity(r) && double.IsFinite(x))
        {
            SqlErrors.InvalidArgument($"value out of range: overflow: EXP({SqlText.FormatDouble(x)})");
        }

        return r;
    }

    /// <summary><c>PI()</c>.</summary>
    public static double Pi() => Math.PI;

    // ---------------------------------------------------------------- helpers

    private static void CheckLogArgument(double x, string function)
    {
        if (x == 0)
        {
            SqlErrors.InvalidArgument($"cannot take logarithm of zero: {function}({SqlText.FormatDouble(x)})");
        }

        if (x < 0)
        {
            SqlErrors.InvalidArgument($"cannot take logarithm of a negative number: {function}({SqlText.FormatDouble(x)})");
        }
    }

    private static decimal Pow10(int k)
    {
        decimal p = 1m;
        for (int i = 0; i < k; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static double RoundDouble(double x, int digits, bool truncate)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        MidpointRounding mode = truncate ? MidpointRounding.ToZero : MidpointRounding.AwayFromZero;
        if (Math.Abs(x) < 1e27 && digits is > -28 and < 28)
        {
            // Exact decimal rounding of the shortest text: what the user sees is what gets rounded.
            decimal d = decimal.Parse(x.ToString("R", SqlText.Invariant), NumberStyles.Float, SqlText.Invariant);
            decimal r;
            if (digits >= 0)
            {
                r = decimal.Round(d, digits, mode);
            }
            else
            {
                decimal p = Pow10(-digits);
                r = decimal.Round(d / p, 0, mode) * p;
            }

            double result = (double)r;
            return result == 0 && double.IsNegative(x) ? -0.0 : result;
        }

        if (digits >= 0)
        {
            // |x| ≥ 1e27 has no fractional digits left in a double.
            return digits > 15 || Math.Abs(x) >= 1e16 ? x : Math.Round(x, digits, mode);
        }

        double scale = Math.Pow(10, -digits);
        return Math.Round(x / scale, mode) * scale;
    }

    /// <summary>Rounds an integer half away from zero to a multiple of 10^-digits (digits &lt; 0).</summary>
    private static long RoundInteger(long x, int digits, string type)
    {
        if (digits <= -19)
        {
            // 10^19 exceeds every BIGINT: the result is 0 unless |x| ≥ 5·10^18, which overflows.
            if (digits == -19 && (x >= 5_000_000_000_000_000_000L || x <= -5_000_000_000_000_000_000L))
            {
                SqlErrors.IntegerOverflow(string.Create(CultureInfo.InvariantCulture, $"ROUND({x}, {digits})"), type);
            }

            return 0;
        }

        long p = 1;
        for (int i = 0; i < -digits; i++)
        {
            p *= 10;
        }

        long q = x / p;
        long rem = x % p;
        if (Math.Abs(rem) >= p - Math.Abs(rem))
        {
            q += x < 0 ? -1 : 1;
        }

        Int128 r = (Int128)q * p;
        if (r > long.MaxValue || r < long.MinValue)
        {
            SqlErrors.IntegerOverflow(string.Create(CultureInfo.InvariantCulture, $"ROUND({x}, {digits})"), type);
        }

        return (long)r;
    }

    private static long TruncateInteger(long x, int digits)
    {
        if (digits <= -19)
        {
            return 0;
        }

        long p = 1;
        for (int i = 0; i < -digits; i++)
        {
            p *= 10;
        }

        return x / p * p;
    }
}
