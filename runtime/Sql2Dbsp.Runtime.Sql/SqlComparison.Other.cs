// The overload family below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>Comparisons of strings, byte strings, dates, times and intervals.</summary>
public static partial class SqlComparison
{
    // ---------------------------------------------------------------- VARCHAR

    /// <summary>SQL <c>x = y</c> on VARCHAR: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(string? x, string? y) => x is null || y is null ? null : string.Equals(x, y);

    /// <summary>SQL <c>x &lt;&gt; y</c> on VARCHAR: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(string? x, string? y) => x is null || y is null ? null : !string.Equals(x, y);

    /// <summary>SQL <c>x &lt; y</c> on VARCHAR: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(string? x, string? y) => x is null || y is null ? null : SqlCompare.Compare(x, y) < 0;

    /// <summary>SQL <c>x &lt;= y</c> on VARCHAR: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(string? x, string? y) => x is null || y is null ? null : SqlCompare.Compare(x, y) <= 0;

    /// <summary>SQL <c>x &gt; y</c> on VARCHAR: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(string? x, string? y) => x is null || y is null ? null : SqlCompare.Compare(x, y) > 0;

    /// <summary>SQL <c>x &gt;= y</c> on VARCHAR: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(string? x, string? y) => x is null || y is null ? null : SqlCompare.Compare(x, y) >= 0;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on VARCHAR: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(string? x, string? y) => !string.Equals(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on VARCHAR: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(string? x, string? y) => string.Equals(x, y);

    // ---------------------------------------------------------------- VARBINARY

    /// <summary>SQL <c>x = y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlBinary x, SqlBinary y) => x.Equals(y);

    /// <summary>SQL <c>x = y</c> on nullable VARBINARY: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlBinary? x, SqlBinary? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlBinary x, SqlBinary y) => !x.Equals(y);

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable VARBINARY: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlBinary? x, SqlBinary? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlBinary x, SqlBinary y) => x.CompareTo(y) < 0;

    /// <summary>SQL <c>x &lt; y</c> on nullable VARBINARY: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlBinary? x, SqlBinary? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlBinary x, SqlBinary y) => x.CompareTo(y) <= 0;

    /// <summary>SQL <c>x &lt;= y</c> on nullable VARBINARY: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlBinary? x, SqlBinary? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlBinary x, SqlBinary y) => x.CompareTo(y) > 0;

    /// <summary>SQL <c>x &gt; y</c> on nullable VARBINARY: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlBinary? x, SqlBinary? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlBinary x, SqlBinary y) => x.CompareTo(y) >= 0;

    /// <summary>SQL <c>x &gt;= y</c> on nullable VARBINARY: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlBinary? x, SqlBinary? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlBinary x, SqlBinary y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable VARBINARY: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlBinary? x, SqlBinary? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on VARBINARY.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlBinary x, SqlBinary y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable VARBINARY: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlBinary? x, SqlBinary? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- DATE

    /// <summary>SQL <c>x = y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDate x, SqlDate y) => x.Days == y.Days;

    /// <summary>SQL <c>x = y</c> on nullable DATE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlDate x, SqlDate y) => x.Days != y.Days;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable DATE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlDate x, SqlDate y) => x.Days < y.Days;

    /// <summary>SQL <c>x &lt; y</c> on nullable DATE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlDate x, SqlDate y) => x.Days <= y.Days;

    /// <summary>SQL <c>x &lt;= y</c> on nullable DATE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlDate x, SqlDate y) => x.Days > y.Days;

    /// <summary>SQL <c>x &gt; y</c> on nullable DATE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlDate x, SqlDate y) => x.Days >= y.Days;

    /// <summary>SQL <c>x &gt;= y</c> on nullable DATE: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlDate x, SqlDate y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable DATE: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlDate? x, SqlDate? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlDate x, SqlDate y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable DATE: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlDate? x, SqlDate? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- TIME

    /// <summary>SQL <c>x = y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlTime x, SqlTime y) => x.Nanoseconds == y.Nanoseconds;

    /// <summary>SQL <c>x = y</c> on nullable TIME: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlTime x, SqlTime y) => x.Nanoseconds != y.Nanoseconds;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable TIME: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlTime x, SqlTime y) => x.Nanoseconds < y.Nanoseconds;

    /// <summary>SQL <c>x &lt; y</c> on nullable TIME: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlTime x, SqlTime y) => x.Nanoseconds <= y.Nanoseconds;

    /// <summary>SQL <c>x &lt;= y</c> on nullable TIME: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlTime x, SqlTime y) => x.Nanoseconds > y.Nanoseconds;

    /// <summary>SQL <c>x &gt; y</c> on nullable TIME: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlTime x, SqlTime y) => x.Nanoseconds >= y.Nanoseconds;

    /// <summary>SQL <c>x &gt;= y</c> on nullable TIME: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlTime x, SqlTime y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable TIME: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlTime? x, SqlTime? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on TIME.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlTime x, SqlTime y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable TIME: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlTime? x, SqlTime? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- TIMESTAMP

    /// <summary>SQL <c>x = y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlTimestamp x, SqlTimestamp y) => x.Microseconds == y.Microseconds;

    /// <summary>SQL <c>x = y</c> on nullable TIMESTAMP: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlTimestamp x, SqlTimestamp y) => x.Microseconds != y.Microseconds;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable TIMESTAMP: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlTimestamp x, SqlTimestamp y) => x.Microseconds < y.Microseconds;

    /// <summary>SQL <c>x &lt; y</c> on nullable TIMESTAMP: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlTimestamp x, SqlTimestamp y) => x.Microseconds <= y.Microseconds;

    /// <summary>SQL <c>x &lt;= y</c> on nullable TIMESTAMP: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlTimestamp x, SqlTimestamp y) => x.Microseconds > y.Microseconds;

    /// <summary>SQL <c>x &gt; y</c> on nullable TIMESTAMP: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlTimestamp x, SqlTimestamp y) => x.Microseconds >= y.Microseconds;

    /// <summary>SQL <c>x &gt;= y</c> on nullable TIMESTAMP: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlTimestamp x, SqlTimestamp y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable TIMESTAMP: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlTimestamp? x, SqlTimestamp? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on TIMESTAMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlTimestamp x, SqlTimestamp y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable TIMESTAMP: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlTimestamp? x, SqlTimestamp? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- INTERVAL YEAR TO MONTH

    /// <summary>SQL <c>x = y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlMonthInterval x, SqlMonthInterval y) => x.Months == y.Months;

    /// <summary>SQL <c>x = y</c> on nullable INTERVAL YEAR TO MONTH: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlMonthInterval x, SqlMonthInterval y) => x.Months != y.Months;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable INTERVAL YEAR TO MONTH: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlMonthInterval x, SqlMonthInterval y) => x.Months < y.Months;

    /// <summary>SQL <c>x &lt; y</c> on nullable INTERVAL YEAR TO MONTH: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlMonthInterval x, SqlMonthInterval y) => x.Months <= y.Months;

    /// <summary>SQL <c>x &lt;= y</c> on nullable INTERVAL YEAR TO MONTH: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlMonthInterval x, SqlMonthInterval y) => x.Months > y.Months;

    /// <summary>SQL <c>x &gt; y</c> on nullable INTERVAL YEAR TO MONTH: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlMonthInterval x, SqlMonthInterval y) => x.Months >= y.Months;

    /// <summary>SQL <c>x &gt;= y</c> on nullable INTERVAL YEAR TO MONTH: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlMonthInterval x, SqlMonthInterval y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable INTERVAL YEAR TO MONTH: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlMonthInterval? x, SqlMonthInterval? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on INTERVAL YEAR TO MONTH.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlMonthInterval x, SqlMonthInterval y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable INTERVAL YEAR TO MONTH: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlMonthInterval? x, SqlMonthInterval? y) => SqlCompare.Equal(x, y);

    // ---------------------------------------------------------------- INTERVAL DAY TO SECOND

    /// <summary>SQL <c>x = y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds == y.Microseconds;

    /// <summary>SQL <c>x = y</c> on nullable INTERVAL DAY TO SECOND: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Equal(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Equal(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;&gt; y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds != y.Microseconds;

    /// <summary>SQL <c>x &lt;&gt; y</c> on nullable INTERVAL DAY TO SECOND: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? NotEqual(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? NotEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt; y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds < y.Microseconds;

    /// <summary>SQL <c>x &lt; y</c> on nullable INTERVAL DAY TO SECOND: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Less(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Less(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &lt;= y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds <= y.Microseconds;

    /// <summary>SQL <c>x &lt;= y</c> on nullable INTERVAL DAY TO SECOND: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? LessOrEqual(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? LessOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt; y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds > y.Microseconds;

    /// <summary>SQL <c>x &gt; y</c> on nullable INTERVAL DAY TO SECOND: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Greater(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Greater(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x &gt;= y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(SqlDayTimeInterval x, SqlDayTimeInterval y) => x.Microseconds >= y.Microseconds;

    /// <summary>SQL <c>x &gt;= y</c> on nullable INTERVAL DAY TO SECOND: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? GreaterOrEqual(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? GreaterOrEqual(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlDayTimeInterval x, SqlDayTimeInterval y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS DISTINCT FROM y</c> on nullable INTERVAL DAY TO SECOND: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDistinctFrom(SqlDayTimeInterval? x, SqlDayTimeInterval? y) => !SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlDayTimeInterval x, SqlDayTimeInterval y) => SqlCompare.Equal(x, y);

    /// <summary>SQL <c>x IS NOT DISTINCT FROM y</c> on nullable INTERVAL DAY TO SECOND: NULL is not distinct from NULL; never NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotDistinctFrom(SqlDayTimeInterval? x, SqlDayTimeInterval? y) => SqlCompare.Equal(x, y);
}
