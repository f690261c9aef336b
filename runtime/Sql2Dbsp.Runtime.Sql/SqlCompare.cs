// The overload family below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// The total order on SQL values used for sorting rows, grouping, DISTINCT, ORDER BY and MIN/MAX. Unlike the SQL
/// comparison operators (<see cref="SqlComparison"/>) it is total: NULL equals NULL and sorts first; for REAL and
/// DOUBLE, -0.0 equals 0.0 and NaN equals itself and sorts after every other value (PostgreSQL). Strings order by
/// Unicode code point (not UTF-16 code unit), byte strings byte by byte, booleans false &lt; true.
/// <see cref="Compare(long, long)"/> returns -1, 0 or 1. <see cref="Hash(long)"/> is consistent with
/// <see cref="Equal(long, long)"/>, deterministic across processes, and equal for equal numbers of different
/// integer widths.
/// </summary>
public static partial class SqlCompare
{
    // ---------------------------------------------------------------- BOOLEAN

    /// <summary>Compares two BOOLEAN values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(bool x, bool y)
        => (x ? 1 : 0) - (y ? 1 : 0);

    /// <summary>Compares two nullable BOOLEAN values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(bool? x, bool? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two BOOLEAN values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(bool x, bool y) => x == y;

    /// <summary>Equality of two nullable BOOLEAN values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(bool? x, bool? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a BOOLEAN value, consistent with <see cref="Equal(bool, bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(bool x) => SqlHash.Mix(x ? 1UL : 0UL);

    /// <summary>Deterministic hash of a nullable BOOLEAN value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(bool? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- TINYINT

    /// <summary>Compares two TINYINT values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(sbyte x, sbyte y)
        => (x > y ? 1 : 0) - (x < y ? 1 : 0);

    /// <summary>Compares two nullable TINYINT values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(sbyte? x, sbyte? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two TINYINT values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(sbyte x, sbyte y) => x == y;

    /// <summary>Equality of two nullable TINYINT values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(sbyte? x, sbyte? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a TINYINT value, consistent with <see cref="Equal(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(sbyte x) => SqlHash.Mix((ulong)(long)x);

    /// <summary>Deterministic hash of a nullable TINYINT value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(sbyte? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- SMALLINT

    /// <summary>Compares two SMALLINT values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(short x, short y)
        => (x > y ? 1 : 0) - (x < y ? 1 : 0);

    /// <summary>Compares two nullable SMALLINT values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(short? x, short? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two SMALLINT values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(short x, short y) => x == y;

    /// <summary>Equality of two nullable SMALLINT values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(short? x, short? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a SMALLINT value, consistent with <see cref="Equal(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(short x) => SqlHash.Mix((ulong)(long)x);

    /// <summary>Deterministic hash of a nullable SMALLINT value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(short? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- INTEGER

    /// <summary>Compares two INTEGER values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(int x, int y)
        => (x > y ? 1 : 0) - (x < y ? 1 : 0);

    /// <summary>Compares two nullable INTEGER values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(int? x, int? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two INTEGER values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(int x, int y) => x == y;

    /// <summary>Equality of two nullable INTEGER values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(int? x, int? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a INTEGER value, consistent with <see cref="Equal(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(int x) => SqlHash.Mix((ulong)(long)x);

    /// <summary>Deterministic hash of a nullable INTEGER value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(int? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- BIGINT

    /// <summary>Compares two BIGINT values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(long x, long y)
        => (x > y ? 1 : 0) - (x < y ? 1 : 0);

    /// <summary>Compares two nullable BIGINT values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(long? x, long? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two BIGINT values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(long x, long y) => x == y;

    /// <summary>Equality of two nullable BIGINT values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(long? x, long? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a BIGINT value, consistent with <see cref="Equal(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(long x) => SqlHash.Mix((ulong)(long)x);

    /// <summary>Deterministic hash of a nullable BIGINT value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(long? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- DECIMAL

    /// <summary>Compares two DECIMAL values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlDecimal x, SqlDecimal y) => x.CompareTo(y);

    /// <summary>Compares two nullable DECIMAL values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two DECIMAL values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDecimal x, SqlDecimal y) => x == y;

    /// <summary>Equality of two nullable DECIMAL values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a DECIMAL value, consistent with <see cref="Equal(SqlDecimal, SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlDecimal x) => x.GetHashCode();

    /// <summary>Deterministic hash of a nullable DECIMAL value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlDecimal? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- REAL

    /// <summary>Compares two REAL values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(float x, float y)
    {
        if (x < y)
        {
            return -1;
        }

        if (x > y)
        {
            return 1;
        }

        if (x == y)
        {
            return 0;
        }

        // At least one NaN: NaN equals NaN and is greater than every number.
        return float.IsNaN(x) ? (float.IsNaN(y) ? 0 : 1) : -1;
    }

    /// <summary>Compares two nullable REAL values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(float? x, float? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two REAL values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(float x, float y) => x == y || (float.IsNaN(x) && float.IsNaN(y));

    /// <summary>Equality of two nullable REAL values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(float? x, float? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a REAL value, consistent with <see cref="Equal(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(float x) => HashDouble(x);

    /// <summary>Deterministic hash of a nullable REAL value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(float? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- DOUBLE

    /// <summary>Compares two DOUBLE values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(double x, double y)
    {
        if (x < y)
        {
            return -1;
        }

        if (x > y)
        {
            return 1;
        }

        if (x == y)
        {
            return 0;
        }

        // At least one NaN: NaN equals NaN and is greater than every number.
        return double.IsNaN(x) ? (double.IsNaN(y) ? 0 : 1) : -1;
    }

    /// <summary>Compares two nullable DOUBLE values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(double? x, double? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two DOUBLE values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(double x, double y) => x == y || (double.IsNaN(x) && double.IsNaN(y));

    /// <summary>Equality of two nullable DOUBLE values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(double? x, double? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a DOUBLE value, consistent with <see cref="Equal(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(double x) => HashDouble(x);

    /// <summary>Deterministic hash of a nullable DOUBLE value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(double? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- VARCHAR

    /// <summary>Compares two VARCHAR values (NULL first) by Unicode code point: returns -1, 0 or 1.</summary>
    public static int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int i = x.AsSpan().CommonPrefixLength(y);
        if (i == x.Length || i == y.Length)
        {
            return (x.Length > y.Length ? 1 : 0) - (x.Length < y.Length ? 1 : 0);
        }

        int a = x[i];
        int b = y[i];
        if (a >= 0xD800 && b >= 0xD800)
        {
            // UTF-16 code unit order puts U+E000..U+FFFF after the surrogates, i.e. after U+10000..U+10FFFF.
            // Shift both so that surrogates (supplementary code points) sort last, as in code point order.
            a = a >= 0xE000 ? a - 0x800 : a + 0x2000;
            b = b >= 0xE000 ? b - 0x800 : b + 0x2000;
        }

        return a < b ? -1 : 1;
    }

    /// <summary>
    /// Compares two values of a CHAR without length (PostgreSQL's <c>bpchar</c>, whose values keep their trailing blanks):
    /// first as <see cref="Compare(string?, string?)"/> without trailing blanks (PostgreSQL's order), then, among values
    /// equal that way, by the full text, so that the order stays total and agrees with <see cref="Equal(string?, string?)"/>
    /// (rows that differ only in padding are different rows of a Z-set).
    /// </summary>
    public static int CompareChar(string? x, string? y)
    {
        int c = Compare(SqlString.TrimPadding(x), SqlString.TrimPadding(y));
        return c != 0 ? c : Compare(x, y);
    }

    /// <summary>Ordinal equality of two VARCHAR values; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(string? x, string? y) => string.Equals(x, y);

    /// <summary>Deterministic hash of a VARCHAR value (NULL has a fixed hash).</summary>
    public static int Hash(string? x) => x is null ? SqlHash.Null : SqlHash.Chars(x);

    // ---------------------------------------------------------------- VARBINARY

    /// <summary>Compares two VARBINARY values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlBinary x, SqlBinary y)
        => x.CompareTo(y);

    /// <summary>Compares two nullable VARBINARY values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlBinary? x, SqlBinary? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two VARBINARY values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlBinary x, SqlBinary y) => x.Equals(y);

    /// <summary>Equality of two nullable VARBINARY values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlBinary? x, SqlBinary? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a VARBINARY value, consistent with <see cref="Equal(SqlBinary, SqlBinary)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlBinary x) => SqlHash.Bytes(x.Span);

    /// <summary>Deterministic hash of a nullable VARBINARY value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlBinary? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- DATE

    /// <summary>Compares two DATE values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlDate x, SqlDate y)
        => (x.Days > y.Days ? 1 : 0) - (x.Days < y.Days ? 1 : 0);

    /// <summary>Compares two nullable DATE values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlDate? x, SqlDate? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two DATE values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDate x, SqlDate y) => x.Days == y.Days;

    /// <summary>Equality of two nullable DATE values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDate? x, SqlDate? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a DATE value, consistent with <see cref="Equal(SqlDate, SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlDate x) => SqlHash.Mix((ulong)(long)x.Days);

    /// <summary>Deterministic hash of a nullable DATE value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlDate? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- TIME

    /// <summary>Compares two TIME values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlTime x, SqlTime y)
        => (x.Nanoseconds > y.Nanoseconds ? 1 : 0) - (x.Nanoseconds < y.Nanoseconds ? 1 : 0);

    /// <summary>Compares two nullable TIME values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlTime? x, SqlTime? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two TIME values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlTime x, SqlTime y) => x.Nanoseconds == y.Nanoseconds;

    /// <summary>Equality of two nullable TIME values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlTime? x, SqlTime? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a TIME value, consistent with <see cref="Equal(SqlTime, SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlTime x) => SqlHash.Mix((ulong)(long)x.Nanoseconds);

    /// <summary>Deterministic hash of a nullable TIME value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlTime? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- TIMESTAMP

    /// <summary>Compares two TIMESTAMP values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlTimestamp x, SqlTimestamp y)
        => (x.Microseconds > y.Microseconds ? 1 : 0) - (x.Microseconds < y.Microseconds ? 1 : 0);

    /// <summary>Compares two nullable TIMESTAMP values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two TIMESTAMP values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlTimestamp x, SqlTimestamp y) => x.Microseconds == y.Microseconds;

    /// <summary>Equality of two nullable TIMESTAMP values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a TIMESTAMP value, consistent with <see cref="Equal(SqlTimestamp, SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlTimestamp x) => SqlHash.Mix((ulong)(long)x.Microseconds);

    /// <summary>Deterministic hash of a nullable TIMESTAMP value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlTimestamp? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- INTERVAL YEAR TO MONTH

    /// <summary>Compares two INTERVAL YEAR TO MONTH values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlMonthInterval x, SqlMonthInterval y)
        => (x.Months > y.Months ? 1 : 0) - (x.Months < y.Months ? 1 : 0);

    /// <summary>Compares two nullable INTERVAL YEAR TO MONTH values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two INTERVAL YEAR TO MONTH values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlMonthInterval x, SqlMonthInterval y) => x.Months == y.Months;

    /// <summary>Equality of two nullable INTERVAL YEAR TO MONTH values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a INTERVAL YEAR TO MONTH value, consistent with <see cref="Equal(SqlMonthInterval, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlMonthInterval x) => SqlHash.Mix((ulong)(long)x.Months);

    /// <summary>Deterministic hash of a nullable INTERVAL YEAR TO MONTH value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlMonthInterval? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    // ---------------------------------------------------------------- INTERVAL DAY TO SECOND

    /// <summary>Compares two INTERVAL DAY TO SECOND values: returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlDayTimeInterval x, SqlDayTimeInterval y)
        => (x.Microseconds > y.Microseconds ? 1 : 0) - (x.Microseconds < y.Microseconds ? 1 : 0);

    /// <summary>Compares two nullable INTERVAL DAY TO SECOND values (NULL first): returns -1, 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue ? (y.HasValue ? Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1) : (y.HasValue ? -1 : 0);

    /// <summary>Equality of two INTERVAL DAY TO SECOND values in the total order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds == y.Microseconds;

    /// <summary>Equality of two nullable INTERVAL DAY TO SECOND values in the total order; NULL equals NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue ? y.HasValue && Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : !y.HasValue;

    /// <summary>Deterministic hash of a INTERVAL DAY TO SECOND value, consistent with <see cref="Equal(SqlDayTimeInterval, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlDayTimeInterval x) => SqlHash.Mix((ulong)(long)x.Microseconds);

    /// <summary>Deterministic hash of a nullable INTERVAL DAY TO SECOND value (NULL has a fixed hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(SqlDayTimeInterval? x) => x.HasValue ? Hash(x.GetValueOrDefault()) : SqlHash.Null;

    /// <summary>Hash of a floating-point value: -0.0 and 0.0 hash alike, every NaN hashes alike, and a REAL hashes like
    /// the same DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashDouble(double x) =>
        SqlHash.Mix(x == 0 ? 0UL : double.IsNaN(x) ? 0x7FF8000000000000UL : (ulong)BitConverter.DoubleToInt64Bits(x));
}
