// The integer overload family below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL arithmetic <c>+ - * / %</c> and unary minus with PostgreSQL semantics. Integer operations are checked and keep the
/// operand type (TINYINT + TINYINT is TINYINT and overflows past 127); division truncates toward zero; <c>%</c> takes
/// the sign of the dividend; division or modulo by zero throws <see cref="SqlRuntimeException"/>. DECIMAL
/// (<see cref="SqlDecimal"/>) operations take the result's precision and scale: they compute the exact result, round it
/// once, half away from zero, to the result scale, and throw when it does not fit the precision. REAL and DOUBLE follow IEEE 754 (overflow gives infinity)
/// except that division or modulo by zero throws, as in PostgreSQL (NaN / 0 is NaN). Date, time and interval
/// arithmetic is in the same class (see the overloads on <see cref="SqlTimestamp"/>, <see cref="SqlDate"/>,
/// <see cref="SqlTime"/>, <see cref="SqlDayTimeInterval"/> and <see cref="SqlMonthInterval"/>). Every operation has
/// a nullable overload that returns NULL when an operand is NULL.
/// </summary>
public static partial class SqlArithmetic
{
    // ---------------------------------------------------------------- TINYINT

    /// <summary>TINYINT <c>x + y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Add(sbyte x, sbyte y)
    {
        int r = x + y;
        if (r != (sbyte)r)
        {
            SqlErrors.IntegerOverflow(x, "+", y, "TINYINT");
        }

        return (sbyte)r;
    }

    /// <summary>TINYINT <c>x - y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Subtract(sbyte x, sbyte y)
    {
        int r = x - y;
        if (r != (sbyte)r)
        {
            SqlErrors.IntegerOverflow(x, "-", y, "TINYINT");
        }

        return (sbyte)r;
    }

    /// <summary>TINYINT <c>x * y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Multiply(sbyte x, sbyte y)
    {
        int r = x * y;
        if (r != (sbyte)r)
        {
            SqlErrors.IntegerOverflow(x, "*", y, "TINYINT");
        }

        return (sbyte)r;
    }

    /// <summary>TINYINT <c>x / y</c>, truncating toward zero; throws on division by zero and on overflow (MIN / -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Divide(sbyte x, sbyte y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "/");
        }

        int r = x / y;
        if (r != (sbyte)r)
        {
            SqlErrors.IntegerOverflow(x, "/", y, "TINYINT");
        }

        return (sbyte)r;
    }

    /// <summary>TINYINT <c>x % y</c> with the sign of <paramref name="x"/>; throws on division by zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Modulo(sbyte x, sbyte y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "%");
        }

        return (sbyte)(x % y);
    }

    /// <summary>TINYINT <c>-x</c>; throws on overflow (-MIN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte Negate(sbyte x)
    {
        if (x == sbyte.MinValue)
        {
            SqlErrors.IntegerOverflow("-(" + x.ToString(SqlText.Invariant) + ")", "TINYINT");
        }

        return (sbyte)(-x);
    }

    // ---------------------------------------------------------------- SMALLINT

    /// <summary>SMALLINT <c>x + y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Add(short x, short y)
    {
        int r = x + y;
        if (r != (short)r)
        {
            SqlErrors.IntegerOverflow(x, "+", y, "SMALLINT");
        }

        return (short)r;
    }

    /// <summary>SMALLINT <c>x - y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Subtract(short x, short y)
    {
        int r = x - y;
        if (r != (short)r)
        {
            SqlErrors.IntegerOverflow(x, "-", y, "SMALLINT");
        }

        return (short)r;
    }

    /// <summary>SMALLINT <c>x * y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Multiply(short x, short y)
    {
        int r = x * y;
        if (r != (short)r)
        {
            SqlErrors.IntegerOverflow(x, "*", y, "SMALLINT");
        }

        return (short)r;
    }

    /// <summary>SMALLINT <c>x / y</c>, truncating toward zero; throws on division by zero and on overflow (MIN / -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Divide(short x, short y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "/");
        }

        int r = x / y;
        if (r != (short)r)
        {
            SqlErrors.IntegerOverflow(x, "/", y, "SMALLINT");
        }

        return (short)r;
    }

    /// <summary>SMALLINT <c>x % y</c> with the sign of <paramref name="x"/>; throws on division by zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Modulo(short x, short y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "%");
        }

        return (short)(x % y);
    }

    /// <summary>SMALLINT <c>-x</c>; throws on overflow (-MIN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Negate(short x)
    {
        if (x == short.MinValue)
        {
            SqlErrors.IntegerOverflow("-(" + x.ToString(SqlText.Invariant) + ")", "SMALLINT");
        }

        return (short)(-x);
    }

    // ---------------------------------------------------------------- INTEGER

    /// <summary>INTEGER <c>x + y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Add(int x, int y)
    {
        int r = unchecked(x + y);
        if (((x ^ r) & (y ^ r)) < 0)
        {
            SqlErrors.IntegerOverflow(x, "+", y, "INTEGER");
        }

        return r;
    }

    /// <summary>INTEGER <c>x - y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Subtract(int x, int y)
    {
        int r = unchecked(x - y);
        if (((x ^ y) & (x ^ r)) < 0)
        {
            SqlErrors.IntegerOverflow(x, "-", y, "INTEGER");
        }

        return r;
    }

    /// <summary>INTEGER <c>x * y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Multiply(int x, int y)
    {
        long r = (long)x * y;
        if (r != (int)r)
        {
            SqlErrors.IntegerOverflow(x, "*", y, "INTEGER");
        }

        return (int)r;
    }

    /// <summary>INTEGER <c>x / y</c>, truncating toward zero; throws on division by zero and on overflow (MIN / -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Divide(int x, int y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "/");
        }

        if (y == -1)
        {
            if (x == int.MinValue)
            {
                SqlErrors.IntegerOverflow(x, "/", y, "INTEGER");
            }

            return -x;
        }

        return x / y;
    }

    /// <summary>INTEGER <c>x % y</c> with the sign of <paramref name="x"/>; throws on division by zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Modulo(int x, int y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "%");
        }

        // MIN % -1 would trap in the CPU; the answer is 0.
        return y == -1 ? 0 : x % y;
    }

    /// <summary>INTEGER <c>-x</c>; throws on overflow (-MIN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Negate(int x)
    {
        if (x == int.MinValue)
        {
            SqlErrors.IntegerOverflow("-(" + x.ToString(SqlText.Invariant) + ")", "INTEGER");
        }

        return -x;
    }

    // ---------------------------------------------------------------- BIGINT

    /// <summary>BIGINT <c>x + y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Add(long x, long y)
    {
        long r = unchecked(x + y);
        if (((x ^ r) & (y ^ r)) < 0)
        {
            SqlErrors.IntegerOverflow(x, "+", y, "BIGINT");
        }

        return r;
    }

    /// <summary>BIGINT <c>x - y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Subtract(long x, long y)
    {
        long r = unchecked(x - y);
        if (((x ^ y) & (x ^ r)) < 0)
        {
            SqlErrors.IntegerOverflow(x, "-", y, "BIGINT");
        }

        return r;
    }

    /// <summary>BIGINT <c>x * y</c>; throws on overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Multiply(long x, long y)
    {
        long high = Math.BigMul(x, y, out long low);
        if (high != (low >> 63))
        {
            SqlErrors.IntegerOverflow(x, "*", y, "BIGINT");
        }

        return low;
    }

    /// <summary>BIGINT <c>x / y</c>, truncating toward zero; throws on division by zero and on overflow (MIN / -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long x, long y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "/");
        }

        if (y == -1)
        {
            if (x == long.MinValue)
            {
                SqlErrors.IntegerOverflow(x, "/", y, "BIGINT");
            }

            return -x;
        }

        return x / y;
    }

    /// <summary>BIGINT <c>x % y</c> with the sign of <paramref name="x"/>; throws on division by zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Modulo(long x, long y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x, "%");
        }

        // MIN % -1 would trap in the CPU; the answer is 0.
        return y == -1 ? 0 : x % y;
    }

    /// <summary>BIGINT <c>-x</c>; throws on overflow (-MIN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Negate(long x)
    {
        if (x == long.MinValue)
        {
            SqlErrors.IntegerOverflow("-(" + x.ToString(SqlText.Invariant) + ")", "BIGINT");
        }

        return -x;
    }

    // ---------------------------------------------------------------- DECIMAL

    /// <summary>DECIMAL <c>x + y</c> as DECIMAL(<paramref name="precision"/>, <paramref name="scale"/>): the exact sum
    /// rounded half away from zero to the scale; throws when it needs more than <c>precision - scale</c> integer digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal Add(SqlDecimal x, SqlDecimal y, int precision, int scale) => SqlDecimal.Add(x, y, precision, scale);

    /// <summary>DECIMAL <c>x - y</c> as DECIMAL(<paramref name="precision"/>, <paramref name="scale"/>); see
    /// <see cref="Add(SqlDecimal, SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal Subtract(SqlDecimal x, SqlDecimal y, int precision, int scale) => SqlDecimal.Subtract(x, y, precision, scale);

    /// <summary>DECIMAL <c>x * y</c> as DECIMAL(<paramref name="precision"/>, <paramref name="scale"/>): the exact product
    /// rounded half away from zero to the scale; throws when it needs more than <c>precision - scale</c> integer digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal Multiply(SqlDecimal x, SqlDecimal y, int precision, int scale) => SqlDecimal.Multiply(x, y, precision, scale);

    /// <summary>DECIMAL <c>x / y</c> as DECIMAL(<paramref name="precision"/>, <paramref name="scale"/>): the exact quotient
    /// rounded half away from zero to the scale; throws on division by zero and when the quotient needs more than
    /// <c>precision - scale</c> integer digits.</summary>
    public static SqlDecimal Divide(SqlDecimal x, SqlDecimal y, int precision, int scale) => SqlDecimal.Divide(x, y, precision, scale);

    /// <summary>DECIMAL <c>x % y</c> (exact, with the sign of <paramref name="x"/>) as
    /// DECIMAL(<paramref name="precision"/>, <paramref name="scale"/>); throws on division by zero.</summary>
    public static SqlDecimal Modulo(SqlDecimal x, SqlDecimal y, int precision, int scale) => SqlDecimal.Modulo(x, y, precision, scale);

    /// <summary>DECIMAL <c>-x</c> (never overflows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal Negate(SqlDecimal x) => SqlDecimal.Negate(x);

    // ---------------------------------------------------------------- REAL

    /// <summary>REAL <c>x + y</c> (IEEE 754).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Add(float x, float y) => x + y;

    /// <summary>REAL <c>x - y</c> (IEEE 754).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Subtract(float x, float y) => x - y;

    /// <summary>REAL <c>x * y</c> (IEEE 754).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Multiply(float x, float y) => x * y;

    /// <summary>REAL <c>x / y</c> (IEEE 754), except that a zero divisor throws unless <paramref name="x"/> is NaN (PostgreSQL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Divide(float x, float y)
    {
        if (y == 0 && !float.IsNaN(x))
        {
            SqlErrors.DivisionByZero(SqlText.FormatReal(x), "/");
        }

        return x / y;
    }

    /// <summary>REAL <c>x % y</c> (C fmod: the sign of <paramref name="x"/>); a zero divisor throws unless <paramref name="x"/> is NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Modulo(float x, float y)
    {
        if (y == 0 && !float.IsNaN(x))
        {
            SqlErrors.DivisionByZero(SqlText.FormatReal(x), "%");
        }

        return x % y;
    }

    /// <summary>REAL <c>-x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Negate(float x) => -x;

    // ---------------------------------------------------------------- DOUBLE

    /// <summary>DOUBLE <c>x + y</c> (IEEE 754).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Add(double x, double y) => x + y;

    /// <summary>DOUBLE <c>x - y</c> (IEEE 754).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Subtract(double x, double y) => x - y;

    /// <summary>DOUBLE <c>x * y</c> (IEEE 754).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Multiply(double x, double y) => x * y;

    /// <summary>DOUBLE <c>x / y</c> (IEEE 754), except that a zero divisor throws unless <paramref name="x"/> is NaN (PostgreSQL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Divide(double x, double y)
    {
        if (y == 0 && !double.IsNaN(x))
        {
            SqlErrors.DivisionByZero(SqlText.FormatDouble(x), "/");
        }

        return x / y;
    }

    /// <summary>DOUBLE <c>x % y</c> (C fmod: the sign of <paramref name="x"/>); a zero divisor throws unless <paramref name="x"/> is NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Modulo(double x, double y)
    {
        if (y == 0 && !double.IsNaN(x))
        {
            SqlErrors.DivisionByZero(SqlText.FormatDouble(x), "%");
        }

        return x % y;
    }

    /// <summary>DOUBLE <c>-x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Negate(double x) => -x;
}
