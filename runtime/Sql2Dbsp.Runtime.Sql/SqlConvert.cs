using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Conversions between untyped CLR values (what users pass to the public API as <see cref="object"/>) and the C#
/// representation of SQL types. <c>ToX(object?)</c> returns the NOT NULL representation and throws
/// <see cref="SqlRuntimeException"/> (<c>NULL value for a NOT NULL column</c>) on <see langword="null"/> or
/// <see cref="DBNull"/>; <c>ToNullableX(object?)</c> maps them to NULL. Accepted inputs are the natural CLR types
/// (any integer type, <see cref="SqlDecimal"/> and <see cref="decimal"/>, <see cref="double"/>, <see cref="float"/>, <see cref="bool"/>,
/// <see cref="string"/> (parsed with the SQL cast rules), <see cref="DateOnly"/>/<see cref="DateTime"/> for DATE,
/// <see cref="TimeOnly"/>/<see cref="TimeSpan"/> for TIME, <see cref="DateTime"/>/<see cref="DateTimeOffset"/>
/// (converted to UTC) for TIMESTAMP, <see cref="TimeSpan"/> for day-time intervals, integers (months) for
/// year-month intervals, <see cref="byte"/>[] for binary) and this library's own Sql* structs. Numeric conversions
/// follow <see cref="SqlCast"/> (range checks, rounding half away from zero). <c>Box</c> goes the other way.
/// </summary>
public static class SqlConvert
{
    // ---------------------------------------------------------------- BOOLEAN

    /// <summary>Converts to BOOLEAN NOT NULL.</summary>
    public static bool ToBoolean(object? v) => ToNullableBoolean(v) ?? SqlErrors.NullForNotNull<bool>();

    /// <summary>Converts to a nullable BOOLEAN.</summary>
    public static bool? ToNullableBoolean(object? v) => v switch
    {
        null or DBNull => null,
        bool b => b,
        string s => SqlCast.ToBoolean(s),
        _ when TryInteger(v, out Int128 i) => i != 0,
        SqlDecimal d => d.Sign != 0,
        decimal m => m != 0,
        double d => d != 0,
        float f => f != 0,
        _ => Unsupported<bool?>(v, "BOOLEAN"),
    };

    // ---------------------------------------------------------------- integers

    /// <summary>Converts to TINYINT NOT NULL.</summary>
    public static sbyte ToTinyInt(object? v) => ToNullableTinyInt(v) ?? SqlErrors.NullForNotNull<sbyte>();

    /// <summary>Converts to a nullable TINYINT.</summary>
    public static sbyte? ToNullableTinyInt(object? v) => v switch
    {
        null or DBNull => null,
        sbyte x => x,
        string s => SqlCast.ToTinyInt(s),
        SqlDecimal d => SqlCast.ToTinyInt(d),
        decimal m => SqlCast.ToTinyInt(m),
        double d => SqlCast.ToTinyInt(d),
        float f => SqlCast.ToTinyInt(f),
        _ => SqlCast.ToTinyInt(ToNullableBigIntCore(v, "TINYINT")),
    };

    /// <summary>Converts to SMALLINT NOT NULL.</summary>
    public static short ToSmallInt(object? v) => ToNullableSmallInt(v) ?? SqlErrors.NullForNotNull<short>();

    /// <summary>Converts to a nullable SMALLINT.</summary>
    public static short? ToNullableSmallInt(object? v) => v switch
    {
        null or DBNull => null,
        short x => x,
        string s => SqlCast.ToSmallInt(s),
        SqlDecimal d => SqlCast.ToSmallInt(d),
        decimal m => SqlCast.ToSmallInt(m),
        double d => SqlCast.ToSmallInt(d),
        float f => SqlCast.ToSmallInt(f),
        _ => SqlCast.ToSmallInt(ToNullableBigIntCore(v, "SMALLINT")),
    };

    /// <summary>Converts to INTEGER NOT NULL.</summary>
    public static int ToInteger(object? v) => ToNullableInteger(v) ?? SqlErrors.NullForNotNull<int>();

    /// <summary>Converts to a nullable INTEGER.</summary>
    public static int? ToNullableInteger(object? v) => v switch
    {
        null or DBNull => null,
        int x => x,
        string s => SqlCast.ToInteger(s),
        SqlDecimal d => SqlCast.ToInteger(d),
        decimal m => SqlCast.ToInteger(m),
        double d => SqlCast.ToInteger(d),
        float f => SqlCast.ToInteger(f),
        _ => SqlCast.ToInteger(ToNullableBigIntCore(v, "INTEGER")),
    };

    /// <summary>Converts to BIGINT NOT NULL.</summary>
    public static long ToBigInt(object? v) => ToNullableBigInt(v) ?? SqlErrors.NullForNotNull<long>();

    /// <summary>Converts to a nullable BIGINT.</summary>
    public static long? ToNullableBigInt(object? v) => v switch
    {
        null or DBNull => null,
        long x => x,
        string s => SqlCast.ToBigInt(s),
        _ => ToNullableBigIntCore(v, "BIGINT"),
    };

    /// <summary>Any non-string, non-null value to BIGINT; the range check for narrower targets is the caller's.</summary>
    private static long ToNullableBigIntCore(object v, string type)
    {
        if (TryInteger(v, out Int128 i))
        {
            if (i > long.MaxValue || i < long.MinValue)
            {
                SqlErrors.OutOfRange(i.ToString(SqlText.Invariant), type);
            }

            return (long)i;
        }

        return v switch
        {
            bool b => b ? 1 : 0,
            SqlDecimal d => SqlCast.ToBigInt(d),
            decimal m => SqlCast.ToBigInt(m),
            double d => SqlCast.ToBigInt(d),
            float f => SqlCast.ToBigInt(f),
            _ => Unsupported<long>(v, type),
        };
    }

    // ---------------------------------------------------------------- DECIMAL, REAL, DOUBLE

    /// <summary>Converts to DECIMAL(p, s) NOT NULL (rounding half away from zero to the scale).</summary>
    public static SqlDecimal ToDecimal(object? v, int precision, int scale) =>
        ToNullableDecimal(v, precision, scale) ?? SqlErrors.NullForNotNull<SqlDecimal>();

    /// <summary>Converts to a nullable DECIMAL(p, s) (rounding half away from zero to the scale).</summary>
    public static SqlDecimal? ToNullableDecimal(object? v, int precision, int scale) => v switch
    {
        null or DBNull => null,
        SqlDecimal d => SqlCast.ToDecimal(d, precision, scale),
        decimal m => SqlCast.ToDecimal(m, precision, scale),
        string s => SqlCast.ToDecimal(s, precision, scale),
        double d => SqlCast.ToDecimal(d, precision, scale),
        float f => SqlCast.ToDecimal(f, precision, scale),
        bool b => SqlCast.ToDecimal(b, precision, scale),
        _ when TryInteger(v, out Int128 i) => SqlCast.ToDecimal(Int128ToDecimal(i, precision, scale), precision, scale),
        _ => Unsupported<SqlDecimal?>(v, SqlCast.DecimalTypeName(precision, scale)),
    };

    /// <summary>Converts to REAL NOT NULL.</summary>
    public static float ToReal(object? v) => ToNullableReal(v) ?? SqlErrors.NullForNotNull<float>();

    /// <summary>Converts to a nullable REAL.</summary>
    public static float? ToNullableReal(object? v) => v switch
    {
        null or DBNull => null,
        float f => f,
        double d => SqlCast.ToReal(d),
        SqlDecimal d => SqlCast.ToReal(d),
        decimal m => SqlCast.ToReal(m),
        string s => SqlCast.ToReal(s),
        bool b => SqlCast.ToReal(b),
        _ when TryInteger(v, out Int128 i) => (float)i,
        _ => Unsupported<float?>(v, "REAL"),
    };

    /// <summary>Converts to DOUBLE NOT NULL.</summary>
    public static double ToDouble(object? v) => ToNullableDouble(v) ?? SqlErrors.NullForNotNull<double>();

    /// <summary>Converts to a nullable DOUBLE.</summary>
    public static double? ToNullableDouble(object? v) => v switch
    {
        null or DBNull => null,
        double d => d,
        float f => f,
        SqlDecimal d => d.ToDouble(),
        decimal m => (double)m,
        string s => SqlCast.ToDouble(s),
        bool b => SqlCast.ToDouble(b),
        _ when TryInteger(v, out Int128 i) => (double)i,
        _ => Unsupported<double?>(v, "DOUBLE"),
    };

    // ---------------------------------------------------------------- strings

    /// <summary>Converts to VARCHAR(n) NOT NULL: strings as they are, characters, and any other supported value as its
    /// SQL text; truncated to <paramref name="maxLength"/> characters when it is ≥ 0.</summary>
    public static string ToVarchar(object? v, int maxLength) => ToNullableVarchar(v, maxLength) ?? SqlErrors.NullForNotNull<string>();

    /// <summary>Converts to a nullable VARCHAR(n) (see <see cref="ToVarchar"/>).</summary>
    public static string? ToNullableVarchar(object? v, int maxLength) => v is null or DBNull ? null : SqlCast.ToVarchar(Text(v), maxLength);

    /// <summary>Converts to CHAR(n) NOT NULL: like <see cref="ToVarchar"/>, then blank-padded to <paramref name="length"/>.</summary>
    public static string ToChar(object? v, int length) => ToNullableChar(v, length) ?? SqlErrors.NullForNotNull<string>();

    /// <summary>Converts to a nullable CHAR(n).</summary>
    public static string? ToNullableChar(object? v, int length) => v is null or DBNull ? null : SqlCast.ToChar(Text(v), length);

    private static string Text(object v) => v switch
    {
        string s => s,
        char c => c.ToString(),
        char[] chars => new string(chars),
        bool b => SqlCast.ToVarchar(b, -1),
        SqlDecimal d => SqlCast.ToVarchar(d, -1),
        decimal m => SqlCast.ToVarchar(m, -1),
        double d => SqlCast.ToVarchar(d, -1),
        float f => SqlCast.ToVarchar(f, -1),
        DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or byte[] or SqlBinary or SqlDate or SqlTime
            or SqlTimestamp or SqlMonthInterval or SqlDayTimeInterval => NonNumericText(v),
        _ when TryInteger(v, out Int128 i) => i.ToString(SqlText.Invariant),
        _ => Unsupported<string>(v, "VARCHAR"),
    };

    private static string NonNumericText(object v) => v switch
    {
        DateOnly d => SqlDate.FromDateOnly(d).ToString(),
        DateTime dt => SqlTimestamp.FromDateTime(dt).ToString(),
        DateTimeOffset dto => SqlTimestamp.FromDateTime(dto.UtcDateTime).ToString(),
        TimeOnly t => SqlTime.FromTimeOnly(t).ToString(),
        TimeSpan ts => SqlDayTimeInterval.FromTimeSpan(ts).ToString(),
        byte[] bytes => new SqlBinary(bytes).ToString(),
        _ => v.ToString()!,
    };

    // ---------------------------------------------------------------- VARBINARY

    /// <summary>Converts to VARBINARY NOT NULL: a <see cref="byte"/>[] (copied), <see cref="ReadOnlyMemory{T}"/> of bytes,
    /// <see cref="SqlBinary"/>, or a string with the SQL cast rules (<c>\x</c> hex or text).</summary>
    public static SqlBinary ToVarbinary(object? v) => ToNullableVarbinary(v) ?? SqlErrors.NullForNotNull<SqlBinary>();

    /// <summary>Converts to a nullable VARBINARY (see <see cref="ToVarbinary"/>).</summary>
    public static SqlBinary? ToNullableVarbinary(object? v) => v switch
    {
        null or DBNull => null,
        SqlBinary b => b,
        byte[] bytes => new SqlBinary((byte[])bytes.Clone()),
        ReadOnlyMemory<byte> memory => new SqlBinary(memory.Span),
        Memory<byte> memory => new SqlBinary((ReadOnlySpan<byte>)memory.Span),
        string s => SqlCast.ToVarbinary(s),
        _ => Unsupported<SqlBinary?>(v, "VARBINARY"),
    };

    // ---------------------------------------------------------------- DATE, TIME, TIMESTAMP

    /// <summary>Converts to DATE NOT NULL: <see cref="DateOnly"/>, the date of a <see cref="DateTime"/> or
    /// <see cref="DateTimeOffset"/> (its own clock), <see cref="SqlDate"/>, the date of a <see cref="SqlTimestamp"/>,
    /// or a string.</summary>
    public static SqlDate ToDate(object? v) => ToNullableDate(v) ?? SqlErrors.NullForNotNull<SqlDate>();

    /// <summary>Converts to a nullable DATE (see <see cref="ToDate"/>).</summary>
    public static SqlDate? ToNullableDate(object? v) => v switch
    {
        null or DBNull => null,
        SqlDate d => d,
        DateOnly d => SqlDate.FromDateOnly(d),
        DateTime dt => SqlDate.FromDateOnly(DateOnly.FromDateTime(dt)),
        DateTimeOffset dto => SqlDate.FromDateOnly(DateOnly.FromDateTime(dto.DateTime)),
        SqlTimestamp ts => ts.Date,
        string s => SqlCast.ToDate(s),
        _ => Unsupported<SqlDate?>(v, "DATE"),
    };

    /// <summary>Converts to TIME NOT NULL: <see cref="TimeOnly"/>, a <see cref="TimeSpan"/> within one day, the time of
    /// day of a <see cref="DateTime"/>, <see cref="SqlTime"/>, or a string.</summary>
    public static SqlTime ToTime(object? v) => ToNullableTime(v) ?? SqlErrors.NullForNotNull<SqlTime>();

    /// <summary>Converts to a nullable TIME (see <see cref="ToTime"/>).</summary>
    public static SqlTime? ToNullableTime(object? v) => v switch
    {
        null or DBNull => null,
        SqlTime t => t,
        TimeOnly t => SqlTime.FromTimeOnly(t),
        TimeSpan ts when ts >= TimeSpan.Zero && ts.Ticks < TimeSpan.TicksPerDay => new SqlTime(ts.Ticks * 100),
        TimeSpan ts => SqlErrors.OutOfRange<SqlTime?>(ts.ToString(), "TIME"),
        DateTime dt => new SqlTime(dt.TimeOfDay.Ticks * 100),
        SqlTimestamp ts => ts.TimeOfDay,
        string s => SqlCast.ToTime(s),
        _ => Unsupported<SqlTime?>(v, "TIME"),
    };

    /// <summary>Converts to TIMESTAMP NOT NULL: a <see cref="DateTime"/> (its wall clock, whatever its kind), a
    /// <see cref="DateTimeOffset"/> (converted to UTC), a <see cref="DateOnly"/> (midnight), <see cref="SqlTimestamp"/>,
    /// <see cref="SqlDate"/>, or a string. Ticks below a microsecond are truncated.</summary>
    public static SqlTimestamp ToTimestamp(object? v) => ToNullableTimestamp(v) ?? SqlErrors.NullForNotNull<SqlTimestamp>();

    /// <summary>Converts to a nullable TIMESTAMP (see <see cref="ToTimestamp"/>).</summary>
    public static SqlTimestamp? ToNullableTimestamp(object? v) => v switch
    {
        null or DBNull => null,
        SqlTimestamp ts => ts,
        DateTime dt => SqlTimestamp.FromDateTime(dt),
        DateTimeOffset dto => SqlTimestamp.FromDateTime(dto.UtcDateTime),
        DateOnly d => SqlCast.ToTimestamp(SqlDate.FromDateOnly(d)),
        SqlDate d => SqlCast.ToTimestamp(d),
        string s => SqlCast.ToTimestamp(s),
        _ => Unsupported<SqlTimestamp?>(v, "TIMESTAMP"),
    };

    // ---------------------------------------------------------------- intervals

    /// <summary>Converts to INTERVAL YEAR TO MONTH NOT NULL: <see cref="SqlMonthInterval"/>, an integer number of months,
    /// or a string.</summary>
    public static SqlMonthInterval ToMonthInterval(object? v) => ToNullableMonthInterval(v) ?? SqlErrors.NullForNotNull<SqlMonthInterval>();

    /// <summary>Converts to a nullable INTERVAL YEAR TO MONTH (see <see cref="ToMonthInterval"/>).</summary>
    public static SqlMonthInterval? ToNullableMonthInterval(object? v) => v switch
    {
        null or DBNull => null,
        SqlMonthInterval m => m,
        string s => SqlCast.ToMonthInterval(s),
        _ when TryInteger(v, out Int128 i) => i >= int.MinValue && i <= int.MaxValue
            ? new SqlMonthInterval((int)i)
            : SqlErrors.OutOfRange<SqlMonthInterval?>(i.ToString(SqlText.Invariant), "INTERVAL YEAR TO MONTH"),
        _ => Unsupported<SqlMonthInterval?>(v, "INTERVAL YEAR TO MONTH"),
    };

    /// <summary>Converts to INTERVAL DAY TO SECOND NOT NULL: a <see cref="TimeSpan"/> (ticks below a microsecond are
    /// truncated), <see cref="SqlDayTimeInterval"/>, or a string.</summary>
    public static SqlDayTimeInterval ToDayTimeInterval(object? v) => ToNullableDayTimeInterval(v) ?? SqlErrors.NullForNotNull<SqlDayTimeInterval>();

    /// <summary>Converts to a nullable INTERVAL DAY TO SECOND (see <see cref="ToDayTimeInterval"/>).</summary>
    public static SqlDayTimeInterval? ToNullableDayTimeInterval(object? v) => v switch
    {
        null or DBNull => null,
        SqlDayTimeInterval i => i,
        TimeSpan ts => SqlDayTimeInterval.FromTimeSpan(ts),
        string s => SqlCast.ToDayTimeInterval(s),
        _ => Unsupported<SqlDayTimeInterval?>(v, "INTERVAL DAY TO SECOND"),
    };

    // ---------------------------------------------------------------- Box: representation → public CLR value

    /// <summary>BOOLEAN as <see cref="bool"/>.</summary>
    public static object Box(bool x) => x;

    /// <summary>Nullable BOOLEAN as <see cref="bool"/> or null.</summary>
    public static object? Box(bool? x) => x;

    /// <summary>TINYINT as <see cref="sbyte"/>.</summary>
    public static object Box(sbyte x) => x;

    /// <summary>Nullable TINYINT as <see cref="sbyte"/> or null.</summary>
    public static object? Box(sbyte? x) => x;

    /// <summary>SMALLINT as <see cref="short"/>.</summary>
    public static object Box(short x) => x;

    /// <summary>Nullable SMALLINT as <see cref="short"/> or null.</summary>
    public static object? Box(short? x) => x;

    /// <summary>INTEGER as <see cref="int"/>.</summary>
    public static object Box(int x) => x;

    /// <summary>Nullable INTEGER as <see cref="int"/> or null.</summary>
    public static object? Box(int? x) => x;

    /// <summary>BIGINT as <see cref="long"/>.</summary>
    public static object Box(long x) => x;

    /// <summary>Nullable BIGINT as <see cref="long"/> or null.</summary>
    public static object? Box(long? x) => x;

    /// <summary>DECIMAL as <see cref="SqlDecimal"/> (exact; it converts to <see cref="decimal"/> explicitly).</summary>
    public static object Box(SqlDecimal x) => x;

    /// <summary>Nullable DECIMAL as <see cref="SqlDecimal"/> or null.</summary>
    public static object? Box(SqlDecimal? x) => x;

    /// <summary>REAL as <see cref="float"/>.</summary>
    public static object Box(float x) => x;

    /// <summary>Nullable REAL as <see cref="float"/> or null.</summary>
    public static object? Box(float? x) => x;

    /// <summary>DOUBLE as <see cref="double"/>.</summary>
    public static object Box(double x) => x;

    /// <summary>Nullable DOUBLE as <see cref="double"/> or null.</summary>
    public static object? Box(double? x) => x;

    /// <summary>VARCHAR / CHAR as <see cref="string"/> or null.</summary>
    [return: NotNullIfNotNull(nameof(x))]
    public static object? Box(string? x) => x;

    /// <summary>VARBINARY as a fresh <see cref="byte"/>[] (a copy: the caller may modify it).</summary>
    public static object Box(SqlBinary x) => x.ToArray();

    /// <summary>Nullable VARBINARY as a fresh <see cref="byte"/>[] or null.</summary>
    public static object? Box(SqlBinary? x) => x.HasValue ? x.GetValueOrDefault().ToArray() : null;

    /// <summary>DATE as <see cref="DateOnly"/> (throws outside the years 1..9999).</summary>
    public static object Box(SqlDate x) => x.ToDateOnly();

    /// <summary>Nullable DATE as <see cref="DateOnly"/> or null.</summary>
    public static object? Box(SqlDate? x) => x.HasValue ? x.GetValueOrDefault().ToDateOnly() : null;

    /// <summary>TIME as <see cref="TimeOnly"/> (nanoseconds below 100 ns truncated).</summary>
    public static object Box(SqlTime x) => x.ToTimeOnly();

    /// <summary>Nullable TIME as <see cref="TimeOnly"/> or null.</summary>
    public static object? Box(SqlTime? x) => x.HasValue ? x.GetValueOrDefault().ToTimeOnly() : null;

    /// <summary>TIMESTAMP as a <see cref="DateTime"/> of kind <see cref="DateTimeKind.Unspecified"/> (throws outside the
    /// years 1..9999).</summary>
    public static object Box(SqlTimestamp x) => x.ToDateTime();

    /// <summary>Nullable TIMESTAMP as <see cref="DateTime"/> or null.</summary>
    public static object? Box(SqlTimestamp? x) => x.HasValue ? x.GetValueOrDefault().ToDateTime() : null;

    /// <summary>INTERVAL DAY TO SECOND as <see cref="TimeSpan"/>.</summary>
    public static object Box(SqlDayTimeInterval x) => x.ToTimeSpan();

    /// <summary>Nullable INTERVAL DAY TO SECOND as <see cref="TimeSpan"/> or null.</summary>
    public static object? Box(SqlDayTimeInterval? x) => x.HasValue ? x.GetValueOrDefault().ToTimeSpan() : null;

    /// <summary>INTERVAL YEAR TO MONTH as <see cref="SqlMonthInterval"/> (.NET has no month-interval type).</summary>
    public static object Box(SqlMonthInterval x) => x;

    /// <summary>Nullable INTERVAL YEAR TO MONTH as <see cref="SqlMonthInterval"/> or null.</summary>
    public static object? Box(SqlMonthInterval? x) => x;

    // ---------------------------------------------------------------- helpers

    private static bool TryInteger(object v, out Int128 value)
    {
        switch (v)
        {
            case int i: value = i; return true;
            case long l: value = l; return true;
            case short s: value = s; return true;
            case sbyte sb: value = sb; return true;
            case byte b: value = b; return true;
            case ushort us: value = us; return true;
            case uint ui: value = ui; return true;
            case ulong ul: value = ul; return true;
            case Int128 i128: value = i128; return true;
            case UInt128 u128 when u128 <= (UInt128)Int128.MaxValue: value = (Int128)u128; return true;
            case BigInteger bi when bi >= (BigInteger)Int128.MinValue && bi <= (BigInteger)Int128.MaxValue: value = (Int128)bi; return true;
            case nint n: value = n; return true;
            case nuint un: value = un; return true;
            default: value = 0; return false;
        }
    }

    private static SqlDecimal Int128ToDecimal(Int128 i, int precision, int scale)
    {
        if (!SqlDecimal.TryCreate(i, 0, out var value))
        {
            SqlErrors.OutOfRange(i.ToString(SqlText.Invariant), SqlCast.DecimalTypeName(precision, scale));
        }

        return value;
    }

    [DoesNotReturn]
    private static T Unsupported<T>(object v, string type) =>
        throw new SqlRuntimeException($"cannot convert a value of type {v.GetType().FullName} to {type}");
}
