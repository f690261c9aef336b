// The overload families below are regular, so they were written by a script once; edit them by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL numeric functions with PostgreSQL semantics. <c>ROUND</c> rounds half away from zero for every type (for
/// REAL/DOUBLE through the value's shortest decimal text, so ROUND(2.675, 2) is 2.68 as the user reads it). Integer
/// functions keep the argument type and throw on overflow (ABS(-128) as TINYINT). <c>SQRT</c>, <c>LN</c>,
/// <c>LOG10</c>, <c>POWER</c> and <c>EXP</c> throw on arguments outside their domain and on overflow, like
/// PostgreSQL. Every function has a nullable overload that returns NULL when an argument is NULL.
/// </summary>
public static partial class SqlMath
{
    // ---------------------------------------------------------------- ABS

    /// <summary><c>ABS(x)</c> on TINYINT; throws for the minimum value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Abs(sbyte x)
    {
        if (x == sbyte.MinValue)
        {
            SqlErrors.IntegerOverflow("ABS(" + x.ToString(SqlText.Invariant) + ")", "TINYINT");
        }

        return x < 0 ? (sbyte)(-x) : x;
    }

    /// <summary><c>ABS(x)</c> on SMALLINT; throws for the minimum value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Abs(short x)
    {
        if (x == short.MinValue)
        {
            SqlErrors.IntegerOverflow("ABS(" + x.ToString(SqlText.Invariant) + ")", "SMALLINT");
        }

        return x < 0 ? (short)(-x) : x;
    }

    /// <summary><c>ABS(x)</c> on INTEGER; throws for the minimum value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Abs(int x)
    {
        if (x == int.MinValue)
        {
            SqlErrors.IntegerOverflow("ABS(" + x.ToString(SqlText.Invariant) + ")", "INTEGER");
        }

        return x < 0 ? (int)(-x) : x;
    }

    /// <summary><c>ABS(x)</c> on BIGINT; throws for the minimum value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Abs(long x)
    {
        if (x == long.MinValue)
        {
            SqlErrors.IntegerOverflow("ABS(" + x.ToString(SqlText.Invariant) + ")", "BIGINT");
        }

        return x < 0 ? (long)(-x) : x;
    }

    /// <summary><c>ABS(x)</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal Abs(SqlDecimal x) => SqlDecimal.Abs(x);

    /// <summary><c>ABS(x)</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Abs(float x) => float.Abs(x);

    /// <summary><c>ABS(x)</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Abs(double x) => double.Abs(x);

    // ---------------------------------------------------------------- MOD

    /// <summary><c>MOD(x, y)</c> on TINYINT: same as <c>x % y</c> (<see cref="SqlArithmetic.Modulo(sbyte, sbyte)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Mod(sbyte x, sbyte y) => SqlArithmetic.Modulo(x, y);

    /// <summary><c>MOD(x, y)</c> on SMALLINT: same as <c>x % y</c> (<see cref="SqlArithmetic.Modulo(short, short)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Mod(short x, short y) => SqlArithmetic.Modulo(x, y);

    /// <summary><c>MOD(x, y)</c> on INTEGER: same as <c>x % y</c> (<see cref="SqlArithmetic.Modulo(int, int)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Mod(int x, int y) => SqlArithmetic.Modulo(x, y);

    /// <summary><c>MOD(x, y)</c> on BIGINT: same as <c>x % y</c> (<see cref="SqlArithmetic.Modulo(long, long)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Mod(long x, long y) => SqlArithmetic.Modulo(x, y);

    /// <summary><c>MOD(x, y)</c> on REAL: same as <c>x % y</c> (<see cref="SqlArithmetic.Modulo(float, float)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Mod(float x, float y) => SqlArithmetic.Modulo(x, y);

    /// <summary><c>MOD(x, y)</c> on DOUBLE: same as <c>x % y</c> (<see cref="SqlArithmetic.Modulo(double, double)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Mod(double x, double y) => SqlArithmetic.Modulo(x, y);

    // ---------------------------------------------------------------- SIGN

    /// <summary><c>SIGN(x)</c> on TINYINT: -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Sign(sbyte x) => (sbyte)Math.Sign(x);

    /// <summary><c>SIGN(x)</c> on SMALLINT: -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Sign(short x) => (short)Math.Sign(x);

    /// <summary><c>SIGN(x)</c> on INTEGER: -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sign(int x) => (int)Math.Sign(x);

    /// <summary><c>SIGN(x)</c> on BIGINT: -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sign(long x) => (long)Math.Sign(x);

    /// <summary><c>SIGN(x)</c> on DECIMAL: -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal Sign(SqlDecimal x) => x.Sign;

    /// <summary><c>SIGN(x)</c> on REAL: -1, 0 or 1 (NaN for NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sign(float x) => float.IsNaN(x) ? x : (float)Math.Sign(x);

    /// <summary><c>SIGN(x)</c> on DOUBLE: -1, 0 or 1 (NaN for NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sign(double x) => double.IsNaN(x) ? x : (double)Math.Sign(x);

    // ---------------------------------------------------------------- ROUND, TRUNCATE, FLOOR, CEIL on integers

    /// <summary><c>ROUND(x)</c> on TINYINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Round(sbyte x) => x;

    /// <summary><c>ROUND(x, digits)</c> on TINYINT: identity for digits ≥ 0, else rounds half away from zero to a multiple
    /// of 10^-digits; throws on overflow.</summary>
    public static sbyte Round(sbyte x, int digits) => digits >= 0 ? x : SqlCast.ToTinyInt(RoundInteger(x, digits, "TINYINT"));

    /// <summary><c>TRUNCATE(x, digits)</c> on TINYINT: identity for digits ≥ 0, else truncates toward zero to a multiple
    /// of 10^-digits.</summary>
    public static sbyte Truncate(sbyte x, int digits) => digits >= 0 ? x : (sbyte)TruncateInteger(x, digits);

    /// <summary><c>FLOOR(x)</c> on TINYINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Floor(sbyte x) => x;

    /// <summary><c>CEIL(x)</c> on TINYINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Ceil(sbyte x) => x;

    /// <summary><c>ROUND(x)</c> on SMALLINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Round(short x) => x;

    /// <summary><c>ROUND(x, digits)</c> on SMALLINT: identity for digits ≥ 0, else rounds half away from zero to a multiple
    /// of 10^-digits; throws on overflow.</summary>
    public static short Round(short x, int digits) => digits >= 0 ? x : SqlCast.ToSmallInt(RoundInteger(x, digits, "SMALLINT"));

    /// <summary><c>TRUNCATE(x, digits)</c> on SMALLINT: identity for digits ≥ 0, else truncates toward zero to a multiple
    /// of 10^-digits.</summary>
    public static short Truncate(short x, int digits) => digits >= 0 ? x : (short)TruncateInteger(x, digits);

    /// <summary><c>FLOOR(x)</c> on SMALLINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Floor(short x) => x;

    /// <summary><c>CEIL(x)</c> on SMALLINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Ceil(short x) => x;

    /// <summary><c>ROUND(x)</c> on INTEGER (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Round(int x) => x;

    /// <summary><c>ROUND(x, digits)</c> on INTEGER: identity for digits ≥ 0, else rounds half away from zero to a multiple
    /// of 10^-digits; throws on overflow.</summary>
    public static int Round(int x, int digits) => digits >= 0 ? x : SqlCast.ToInteger(RoundInteger(x, digits, "INTEGER"));

    /// <summary><c>TRUNCATE(x, digits)</c> on INTEGER: identity for digits ≥ 0, else truncates toward zero to a multiple
    /// of 10^-digits.</summary>
    public static int Truncate(int x, int digits) => digits >= 0 ? x : (int)TruncateInteger(x, digits);

    /// <summary><c>FLOOR(x)</c> on INTEGER (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Floor(int x) => x;

    /// <summary><c>CEIL(x)</c> on INTEGER (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Ceil(int x) => x;

    /// <summary><c>ROUND(x)</c> on BIGINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Round(long x) => x;

    /// <summary><c>ROUND(x, digits)</c> on BIGINT: identity for digits ≥ 0, else rounds half away from zero to a multiple
    /// of 10^-digits; throws on overflow.</summary>
    public static long Round(long x, int digits) => digits >= 0 ? x : SqlCast.ToBigInt(RoundInteger(x, digits, "BIGINT"));

    /// <summary><c>TRUNCATE(x, digits)</c> on BIGINT: identity for digits ≥ 0, else truncates toward zero to a multiple
    /// of 10^-digits.</summary>
    public static long Truncate(long x, int digits) => digits >= 0 ? x : (long)TruncateInteger(x, digits);

    /// <summary><c>FLOOR(x)</c> on BIGINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Floor(long x) => x;

    /// <summary><c>CEIL(x)</c> on BIGINT (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Ceil(long x) => x;
}
