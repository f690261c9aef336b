// The overload family below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// The SQL comparison operators <c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c> and <c>IS [NOT] DISTINCT FROM</c>. On non-NULL
/// values they agree with the total order of <see cref="SqlCompare"/> (so, as in PostgreSQL, NaN = NaN and NaN is
/// greater than every number; -0.0 = 0.0). Overloads on non-nullable types return <see cref="bool"/>; overloads on
/// nullable types return <see langword="null"/> (SQL UNKNOWN) when either side is NULL. <c>IS [NOT] DISTINCT FROM</c>
/// never returns NULL. VARCHAR values (<see cref="string"/>, the same C# type whether the column is nullable or
/// not) always use the nullable form and return <c>bool?</c>; wrap them in <see cref="SqlValue.NotNull(bool?)"/> when both
/// sides are NOT NULL.
/// CHAR(n) values are stored blank-padded, so they compare with the same overloads.
/// </summary>
public static partial class SqlComparison
{
    // ---------------------------------------------------------------- BOOLEAN

    /// <summary>SQL <c>x = y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(bool x, bool y) => x == y;

    /// <summary>SQL <c>x = y</c> on nullable BOOLEAN: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(bool? x, bool? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(bool x, bool y) => x != y;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable BOOLEAN: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(bool? x, bool? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(bool x, bool y) => !x & y;

    /// <summary>SQL <c>x &lt; y</c> on nullable BOOLEAN: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(bool? x, bool? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(bool x, bool y) => !x | y;

    /// <summary>SQL <c>x &lt;= y</c> on nullable BOOLEAN: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(bool? x, bool? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(bool x, bool y) => x & !y;

    /// <summary>SQL <c>x &gt; y</c> on nullable BOOLEAN: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(bool? x, bool? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(bool x, bool y) => x | !y;

    /// <summary>SQL <c>x &gt;= y</c> on nullable BOOLEAN: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(bool? x, bool? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(bool x, bool y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable BOOLEAN: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(bool? x, bool? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on BOOLEAN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(bool x, bool y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable BOOLEAN: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(bool? x, bool? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- TINYINT

    /// <summary>SQL <c>x = y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(sbyte x, sbyte y) => x == y;

    /// <summary>SQL <c>x = y</c> on nullable TINYINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(sbyte x, sbyte y) => x != y;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable TINYINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(sbyte x, sbyte y) => x < y;

    /// <summary>SQL <c>x &lt; y</c> on nullable TINYINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(sbyte x, sbyte y) => x <= y;

    /// <summary>SQL <c>x &lt;= y</c> on nullable TINYINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(sbyte x, sbyte y) => x > y;

    /// <summary>SQL <c>x &gt; y</c> on nullable TINYINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(sbyte x, sbyte y) => x >= y;

    /// <summary>SQL <c>x &gt;= y</c> on nullable TINYINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(sbyte x, sbyte y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable TINYINT: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(sbyte? x, sbyte? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on TINYINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(sbyte x, sbyte y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable TINYINT: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(sbyte? x, sbyte? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- SMALLINT

    /// <summary>SQL <c>x = y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(short x, short y) => x == y;

    /// <summary>SQL <c>x = y</c> on nullable SMALLINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(short? x, short? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(short x, short y) => x != y;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable SMALLINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(short? x, short? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(short x, short y) => x < y;

    /// <summary>SQL <c>x &lt; y</c> on nullable SMALLINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(short? x, short? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(short x, short y) => x <= y;

    /// <summary>SQL <c>x &lt;= y</c> on nullable SMALLINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(short? x, short? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(short x, short y) => x > y;

    /// <summary>SQL <c>x &gt; y</c> on nullable SMALLINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(short? x, short? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(short x, short y) => x >= y;

    /// <summary>SQL <c>x &gt;= y</c> on nullable SMALLINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(short? x, short? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(short x, short y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable SMALLINT: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(short? x, short? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on SMALLINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(short x, short y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable SMALLINT: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(short? x, short? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- INTEGER

    /// <summary>SQL <c>x = y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(int x, int y) => x == y;

    /// <summary>SQL <c>x = y</c> on nullable INTEGER: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(int? x, int? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(int x, int y) => x != y;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable INTEGER: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(int? x, int? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(int x, int y) => x < y;

    /// <summary>SQL <c>x &lt; y</c> on nullable INTEGER: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(int? x, int? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(int x, int y) => x <= y;

    /// <summary>SQL <c>x &lt;= y</c> on nullable INTEGER: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(int? x, int? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(int x, int y) => x > y;

    /// <summary>SQL <c>x &gt; y</c> on nullable INTEGER: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(int? x, int? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(int x, int y) => x >= y;

    /// <summary>SQL <c>x &gt;= y</c> on nullable INTEGER: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(int? x, int? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(int x, int y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable INTEGER: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(int? x, int? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on INTEGER.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(int x, int y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable INTEGER: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(int? x, int? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- BIGINT

    /// <summary>SQL <c>x = y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(long x, long y) => x == y;

    /// <summary>SQL <c>x = y</c> on nullable BIGINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(long? x, long? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(long x, long y) => x != y;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable BIGINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(long? x, long? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(long x, long y) => x < y;

    /// <summary>SQL <c>x &lt; y</c> on nullable BIGINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(long? x, long? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(long x, long y) => x <= y;

    /// <summary>SQL <c>x &lt;= y</c> on nullable BIGINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(long? x, long? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(long x, long y) => x > y;

    /// <summary>SQL <c>x &gt; y</c> on nullable BIGINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(long? x, long? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(long x, long y) => x >= y;

    /// <summary>SQL <c>x &gt;= y</c> on nullable BIGINT: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(long? x, long? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(long x, long y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable BIGINT: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(long? x, long? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on BIGINT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(long x, long y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable BIGINT: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(long? x, long? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- DECIMAL

    /// <summary>SQL <c>x = y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDecimal x, SqlDecimal y) => x == y;

    /// <summary>SQL <c>x = y</c> on nullable DECIMAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlDecimal x, SqlDecimal y) => x != y;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable DECIMAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlDecimal x, SqlDecimal y) => x < y;

    /// <summary>SQL <c>x &lt; y</c> on nullable DECIMAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlDecimal x, SqlDecimal y) => x <= y;

    /// <summary>SQL <c>x &lt;= y</c> on nullable DECIMAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlDecimal x, SqlDecimal y) => x > y;

    /// <summary>SQL <c>x &gt; y</c> on nullable DECIMAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlDecimal x, SqlDecimal y) => x >= y;

    /// <summary>SQL <c>x &gt;= y</c> on nullable DECIMAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlDecimal? x, SqlDecimal? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlDecimal x, SqlDecimal y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable DECIMAL: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlDecimal? x, SqlDecimal? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on DECIMAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlDecimal x, SqlDecimal y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable DECIMAL: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlDecimal? x, SqlDecimal? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- REAL

    /// <summary>SQL <c>x = y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(float x, float y) => x == y || (float.IsNaN(x) && float.IsNaN(y));

    /// <summary>SQL <c>x = y</c> on nullable REAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(float? x, float? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(float x, float y) => !(x == y || (float.IsNaN(x) && float.IsNaN(y)));

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable REAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(float? x, float? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(float x, float y) => x < y || (float.IsNaN(y) && !float.IsNaN(x));

    /// <summary>SQL <c>x &lt; y</c> on nullable REAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(float? x, float? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(float x, float y) => x <= y || float.IsNaN(y);

    /// <summary>SQL <c>x &lt;= y</c> on nullable REAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(float? x, float? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(float x, float y) => x > y || (float.IsNaN(x) && !float.IsNaN(y));

    /// <summary>SQL <c>x &gt; y</c> on nullable REAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(float? x, float? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(float x, float y) => x >= y || float.IsNaN(x);

    /// <summary>SQL <c>x &gt;= y</c> on nullable REAL: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(float? x, float? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(float x, float y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable REAL: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(float? x, float? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on REAL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(float x, float y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable REAL: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(float? x, float? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- DOUBLE

    /// <summary>SQL <c>x = y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(double x, double y) => x == y || (double.IsNaN(x) && double.IsNaN(y));

    /// <summary>SQL <c>x = y</c> on nullable DOUBLE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(double? x, double? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(double x, double y) => !(x == y || (double.IsNaN(x) && double.IsNaN(y)));

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable DOUBLE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(double? x, double? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(double x, double y) => x < y || (double.IsNaN(y) && !double.IsNaN(x));

    /// <summary>SQL <c>x &lt; y</c> on nullable DOUBLE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(double? x, double? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(double x, double y) => x <= y || double.IsNaN(y);

    /// <summary>SQL <c>x &lt;= y</c> on nullable DOUBLE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(double? x, double? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(double x, double y) => x > y || (double.IsNaN(x) && !double.IsNaN(y));

    /// <summary>SQL <c>x &gt; y</c> on nullable DOUBLE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(double? x, double? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(double x, double y) => x >= y || double.IsNaN(x);

    /// <summary>SQL <c>x &gt;= y</c> on nullable DOUBLE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(double? x, double? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(double x, double y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable DOUBLE: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(double? x, double? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(double x, double y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable DOUBLE: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(double? x, double? y) => SqlCompare.Equal(x, y);
}
