// The numeric overload matrix below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>CAST</c> with PostgreSQL semantics: one method per target type, overloaded on every source type the binder
/// allows. A non-nullable source gives a non-nullable result and a nullable source a nullable one (NULL stays
/// NULL). Sources of type VARCHAR (<see cref="string"/>) always use the nullable form, so casts from strings to value
/// types return nullable results; wrap them in <see cref="SqlValue.NotNull(int?)"/> when the source is NOT NULL. Failures throw
/// <see cref="SqlRuntimeException"/>: <c>cannot cast 'abc' to INTEGER</c>, <c>value 300 out of range for TINYINT</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Numeric → integer rounds half away from zero (DECIMAL, REAL and DOUBLE sources alike) and throws when the
/// result is out of range (also for NaN and infinities). Boolean → number is 1 or 0; number → boolean is
/// <c>x &lt;&gt; 0</c>.</item>
/// <item><see cref="ToDecimal(SqlDecimal, int, int)"/> rounds half away from zero to <c>scale</c> digits, pads the value to
/// exactly <c>scale</c> digits (so CAST(1.5 AS DECIMAL(5,2)) prints 1.50), and throws when the integer part has more
/// than <c>precision - scale</c> digits. REAL/DOUBLE sources convert through their shortest round-trip decimal text,
/// so 0.1 becomes exactly 0.1.</item>
/// <item>DOUBLE → REAL throws when a finite value overflows REAL.</item>
/// <item>String → number trims blanks and parses invariantly (integers: optional sign and digits only; DECIMAL, REAL
/// and DOUBLE also accept a fraction and an exponent; REAL/DOUBLE accept Infinity/-Infinity/inf/NaN in any case).</item>
/// <item>String → boolean accepts, case-insensitively and after trimming, <c>true</c>/<c>false</c> and their
/// prefixes (<c>t</c>, <c>tr</c>, <c>f</c>...), <c>yes</c>/<c>no</c> and prefixes, <c>on</c>/<c>off</c>, <c>1</c>/<c>0</c>.</item>
/// <item>Value → string uses the canonical SQL text (<c>true</c>/<c>false</c>; integers plainly; DECIMAL with its scale;
/// REAL/DOUBLE like PostgreSQL's shortest round-trip output, <c>1e+20</c>, <c>Infinity</c>, <c>NaN</c>; dates and times
/// in ISO form; intervals in PostgreSQL form; binary as <c>\x0a0b</c>), truncated to <c>maxLength</c> characters when
/// <c>maxLength &gt;= 0</c>, as PostgreSQL does for explicit casts. <c>ToChar</c> also pads with blanks to the length.</item>
/// <item>String → date/time/interval uses the <c>Parse</c> method of the target struct; DATE → TIMESTAMP is midnight;
/// TIMESTAMP → DATE / TIME takes the date / time-of-day part.</item>
/// </list>
/// </remarks>
public static partial class SqlCast
{
    // ---------------------------------------------------------------- to TINYINT

    /// <summary>CAST(BOOLEAN AS TINYINT): 1 or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte ToTinyInt(bool x) => x ? (sbyte)1 : (sbyte)0;

    /// <summary>CAST(TINYINT AS TINYINT) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte ToTinyInt(sbyte x) => x;

    /// <summary>CAST(SMALLINT AS TINYINT); throws when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte ToTinyInt(short x)
    {
        if (x < sbyte.MinValue || x > sbyte.MaxValue)
        {
            SqlErrors.OutOfRange(x, "TINYINT");
        }

        return (sbyte)x;
    }

    /// <summary>CAST(INTEGER AS TINYINT); throws when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte ToTinyInt(int x)
    {
        if (x < sbyte.MinValue || x > sbyte.MaxValue)
        {
            SqlErrors.OutOfRange(x, "TINYINT");
        }

        return (sbyte)x;
    }

    /// <summary>CAST(BIGINT AS TINYINT); throws when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte ToTinyInt(long x)
    {
        if (x < sbyte.MinValue || x > sbyte.MaxValue)
        {
            SqlErrors.OutOfRange(x, "TINYINT");
        }

        return (sbyte)x;
    }

    /// <summary>CAST(DECIMAL AS TINYINT): rounds half away from zero; throws when out of range.</summary>
    public static sbyte ToTinyInt(SqlDecimal x) => (sbyte)x.RoundToInteger(sbyte.MinValue, sbyte.MaxValue, "TINYINT");

    /// <summary>CAST(DOUBLE AS TINYINT): rounds half away from zero; throws when out of range or not a number.</summary>
    public static sbyte ToTinyInt(double x)
    {
        double r = Math.Round(x, MidpointRounding.AwayFromZero);
        if (!(r >= sbyte.MinValue && r < sbyte.MaxValue + 1.0))
        {
            SqlErrors.OutOfRange(x, "TINYINT");
        }

        return (sbyte)r;
    }

    /// <summary>CAST(REAL AS TINYINT): rounds half away from zero; throws when out of range or not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte ToTinyInt(float x) => ToTinyInt((double)x);

    // ---------------------------------------------------------------- to SMALLINT

    /// <summary>CAST(BOOLEAN AS SMALLINT): 1 or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ToSmallInt(bool x) => x ? (short)1 : (short)0;

    /// <summary>CAST(TINYINT AS SMALLINT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ToSmallInt(sbyte x) => x;

    /// <summary>CAST(SMALLINT AS SMALLINT) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ToSmallInt(short x) => x;

    /// <summary>CAST(INTEGER AS SMALLINT); throws when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ToSmallInt(int x)
    {
        if (x < short.MinValue || x > short.MaxValue)
        {
            SqlErrors.OutOfRange(x, "SMALLINT");
        }

        return (short)x;
    }

    /// <summary>CAST(BIGINT AS SMALLINT); throws when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ToSmallInt(long x)
    {
        if (x < short.MinValue || x > short.MaxValue)
        {
            SqlErrors.OutOfRange(x, "SMALLINT");
        }

        return (short)x;
    }

    /// <summary>CAST(DECIMAL AS SMALLINT): rounds half away from zero; throws when out of range.</summary>
    public static short ToSmallInt(SqlDecimal x) => (short)x.RoundToInteger(short.MinValue, short.MaxValue, "SMALLINT");

    /// <summary>CAST(DOUBLE AS SMALLINT): rounds half away from zero; throws when out of range or not a number.</summary>
    public static short ToSmallInt(double x)
    {
        double r = Math.Round(x, MidpointRounding.AwayFromZero);
        if (!(r >= short.MinValue && r < short.MaxValue + 1.0))
        {
            SqlErrors.OutOfRange(x, "SMALLINT");
        }

        return (short)r;
    }

    /// <summary>CAST(REAL AS SMALLINT): rounds half away from zero; throws when out of range or not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short ToSmallInt(float x) => ToSmallInt((double)x);

    // ---------------------------------------------------------------- to INTEGER

    /// <summary>CAST(BOOLEAN AS INTEGER): 1 or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInteger(bool x) => x ? (int)1 : (int)0;

    /// <summary>CAST(TINYINT AS INTEGER).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInteger(sbyte x) => x;

    /// <summary>CAST(SMALLINT AS INTEGER).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInteger(short x) => x;

    /// <summary>CAST(INTEGER AS INTEGER) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInteger(int x) => x;

    /// <summary>CAST(BIGINT AS INTEGER); throws when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInteger(long x)
    {
        if (x < int.MinValue || x > int.MaxValue)
        {
            SqlErrors.OutOfRange(x, "INTEGER");
        }

        return (int)x;
    }

    /// <summary>CAST(DECIMAL AS INTEGER): rounds half away from zero; throws when out of range.</summary>
    public static int ToInteger(SqlDecimal x) => x.ToInt32();

    /// <summary>CAST(DOUBLE AS INTEGER): rounds half away from zero; throws when out of range or not a number.</summary>
    public static int ToInteger(double x)
    {
        double r = Math.Round(x, MidpointRounding.AwayFromZero);
        if (!(r >= int.MinValue && r < int.MaxValue + 1.0))
        {
            SqlErrors.OutOfRange(x, "INTEGER");
        }

        return (int)r;
    }

    /// <summary>CAST(REAL AS INTEGER): rounds half away from zero; throws when out of range or not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInteger(float x) => ToInteger((double)x);

    // ---------------------------------------------------------------- to BIGINT

    /// <summary>CAST(BOOLEAN AS BIGINT): 1 or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToBigInt(bool x) => x ? (long)1 : (long)0;

    /// <summary>CAST(TINYINT AS BIGINT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToBigInt(sbyte x) => x;

    /// <summary>CAST(SMALLINT AS BIGINT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToBigInt(short x) => x;

    /// <summary>CAST(INTEGER AS BIGINT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToBigInt(int x) => x;

    /// <summary>CAST(BIGINT AS BIGINT) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToBigInt(long x) => x;

    /// <summary>CAST(DECIMAL AS BIGINT): rounds half away from zero; throws when out of range.</summary>
    public static long ToBigInt(SqlDecimal x) => x.ToInt64();

    /// <summary>CAST(DOUBLE AS BIGINT): rounds half away from zero; throws when out of range or not a number.</summary>
    public static long ToBigInt(double x)
    {
        double r = Math.Round(x, MidpointRounding.AwayFromZero);
        if (!(r >= long.MinValue && r < 9.2233720368547758E18))
        {
            SqlErrors.OutOfRange(x, "BIGINT");
        }

        return (long)r;
    }

    /// <summary>CAST(REAL AS BIGINT): rounds half away from zero; throws when out of range or not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToBigInt(float x) => ToBigInt((double)x);

    // ---------------------------------------------------------------- to BOOLEAN

    /// <summary>CAST(BOOLEAN AS BOOLEAN) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(bool x) => x;

    /// <summary>CAST(TINYINT AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(sbyte x) => x != 0;

    /// <summary>CAST(SMALLINT AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(short x) => x != 0;

    /// <summary>CAST(INTEGER AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(int x) => x != 0;

    /// <summary>CAST(BIGINT AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(long x) => x != 0;

    /// <summary>CAST(DECIMAL AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(SqlDecimal x) => x.Sign != 0;

    /// <summary>CAST(REAL AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(float x) => x != 0;

    /// <summary>CAST(DOUBLE AS BOOLEAN): true when not zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(double x) => x != 0;

    // ---------------------------------------------------------------- to REAL

    /// <summary>CAST(BOOLEAN AS REAL): 1 or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(bool x) => x ? 1 : 0;

    /// <summary>CAST(TINYINT AS REAL) (nearest REAL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(sbyte x) => (float)x;

    /// <summary>CAST(SMALLINT AS REAL) (nearest REAL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(short x) => (float)x;

    /// <summary>CAST(INTEGER AS REAL) (nearest REAL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(int x) => (float)x;

    /// <summary>CAST(BIGINT AS REAL) (nearest REAL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(long x) => (float)x;

    /// <summary>CAST(DECIMAL AS REAL) (nearest REAL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(SqlDecimal x) => (float)x.ToDouble();

    /// <summary>CAST(REAL AS REAL) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(float x) => x;

    /// <summary>CAST(DOUBLE AS REAL): nearest REAL; throws when a finite value overflows REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToReal(double x)
    {
        float r = (float)x;
        if (float.IsInfinity(r) && double.IsFinite(x))
        {
            SqlErrors.OutOfRange(x, "REAL");
        }

        return r;
    }

    // ---------------------------------------------------------------- to DOUBLE

    /// <summary>CAST(BOOLEAN AS DOUBLE): 1 or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(bool x) => x ? 1 : 0;

    /// <summary>CAST(TINYINT AS DOUBLE) (nearest DOUBLE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(sbyte x) => (double)x;

    /// <summary>CAST(SMALLINT AS DOUBLE) (nearest DOUBLE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(short x) => (double)x;

    /// <summary>CAST(INTEGER AS DOUBLE) (nearest DOUBLE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(int x) => (double)x;

    /// <summary>CAST(BIGINT AS DOUBLE) (nearest DOUBLE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(long x) => (double)x;

    /// <summary>CAST(DECIMAL AS DOUBLE) (nearest DOUBLE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(SqlDecimal x) => x.ToDouble();

    /// <summary>CAST(REAL AS DOUBLE) (exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(float x) => x;

    /// <summary>CAST(DOUBLE AS DOUBLE) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(double x) => x;

    // ---------------------------------------------------------------- to DECIMAL(p, s)

    /// <summary>CAST(BOOLEAN AS DECIMAL(p, s)): 1 or 0 with the scale applied.</summary>
    public static SqlDecimal ToDecimal(bool x, int precision, int scale) => SqlDecimal.Rescale(x ? 1 : 0, precision, scale);

    /// <summary>CAST(TINYINT AS DECIMAL(p, s)); throws when the value needs more than <c>p - s</c> integer digits.</summary>
    public static SqlDecimal ToDecimal(sbyte x, int precision, int scale) => SqlDecimal.Rescale(x, precision, scale);

    /// <summary>CAST(SMALLINT AS DECIMAL(p, s)); throws when the value needs more than <c>p - s</c> integer digits.</summary>
    public static SqlDecimal ToDecimal(short x, int precision, int scale) => SqlDecimal.Rescale(x, precision, scale);

    /// <summary>CAST(INTEGER AS DECIMAL(p, s)); throws when the value needs more than <c>p - s</c> integer digits.</summary>
    public static SqlDecimal ToDecimal(int x, int precision, int scale) => SqlDecimal.Rescale(x, precision, scale);

    /// <summary>CAST(BIGINT AS DECIMAL(p, s)); throws when the value needs more than <c>p - s</c> integer digits.</summary>
    public static SqlDecimal ToDecimal(long x, int precision, int scale) => SqlDecimal.Rescale(x, precision, scale);

    /// <summary>CAST(DECIMAL AS DECIMAL(p, s)): rounds half away from zero to <paramref name="scale"/> digits, pads to
    /// exactly that scale, and throws when the integer part has more than <c>p - s</c> digits.</summary>
    /// <param name="x">The value.</param>
    /// <param name="precision">Total digits, 1..38.</param>
    /// <param name="scale">Digits after the decimal point, 0..precision.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal ToDecimal(SqlDecimal x, int precision, int scale) => SqlDecimal.Rescale(x, precision, scale);

    /// <summary>CAST(DOUBLE AS DECIMAL(p, s)) through the shortest round-trip decimal text of the value; throws for NaN,
    /// infinities and values out of range.</summary>
    public static SqlDecimal ToDecimal(double x, int precision, int scale) => SqlDecimal.FromDouble(x, precision, scale);

    /// <summary>CAST(REAL AS DECIMAL(p, s)) through the shortest round-trip decimal text of the value; throws for NaN,
    /// infinities and values out of range.</summary>
    public static SqlDecimal ToDecimal(float x, int precision, int scale)
    {
        if (!float.IsFinite(x))
        {
            SqlErrors.CannotCast(SqlText.FormatReal(x), DecimalTypeName(precision, scale));
        }

        return SqlDecimal.Parse(x.ToString("R", SqlText.Invariant), precision, scale);
    }
}
