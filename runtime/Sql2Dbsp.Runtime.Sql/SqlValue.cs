// The overload family below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// <see cref="NotNull(bool)"/> turns an expression whose SQL type is NOT NULL into the non-nullable C# representation,
/// whether the C# expression is already non-nullable (identity) or nullable (<c>GetValueOrDefault()</c>). Generated code
/// needs it around calls that take VARCHAR arguments: <see cref="string"/> is the same C# type for nullable and NOT NULL
/// strings, so such methods return <c>T?</c> (e.g. <c>SqlComparison.Less(string?, string?)</c> returns <c>bool?</c>,
/// <c>SqlCast.ToInteger(string?)</c> returns <c>int?</c>), while a few (IS [NOT] DISTINCT FROM) return <c>T</c>.
/// Wrapping every such call whose SQL result is NOT NULL in <c>SqlValue.NotNull(...)</c> is correct in both cases
/// and free after inlining.
/// </summary>
public static class SqlValue
{
    /// <summary>A NOT NULL BOOLEAN value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotNull(bool x) => x;

    /// <summary>A BOOLEAN value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotNull(bool? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL TINYINT value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte NotNull(sbyte x) => x;

    /// <summary>A TINYINT value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte NotNull(sbyte? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL SMALLINT value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short NotNull(short x) => x;

    /// <summary>A SMALLINT value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short NotNull(short? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL INTEGER value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NotNull(int x) => x;

    /// <summary>A INTEGER value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NotNull(int? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL BIGINT value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NotNull(long x) => x;

    /// <summary>A BIGINT value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NotNull(long? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL DECIMAL value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal NotNull(SqlDecimal x) => x;

    /// <summary>A DECIMAL value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal NotNull(SqlDecimal? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL REAL value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float NotNull(float x) => x;

    /// <summary>A REAL value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float NotNull(float? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL DOUBLE value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NotNull(double x) => x;

    /// <summary>A DOUBLE value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NotNull(double? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL VARBINARY value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlBinary NotNull(SqlBinary x) => x;

    /// <summary>A VARBINARY value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlBinary NotNull(SqlBinary? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL DATE value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate NotNull(SqlDate x) => x;

    /// <summary>A DATE value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate NotNull(SqlDate? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL TIME value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime NotNull(SqlTime x) => x;

    /// <summary>A TIME value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime NotNull(SqlTime? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL TIMESTAMP value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp NotNull(SqlTimestamp x) => x;

    /// <summary>A TIMESTAMP value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp NotNull(SqlTimestamp? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL INTERVAL YEAR TO MONTH value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval NotNull(SqlMonthInterval x) => x;

    /// <summary>A INTERVAL YEAR TO MONTH value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval NotNull(SqlMonthInterval? x) => x.GetValueOrDefault();

    /// <summary>A NOT NULL INTERVAL DAY TO SECOND value (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval NotNull(SqlDayTimeInterval x) => x;

    /// <summary>A INTERVAL DAY TO SECOND value the SQL types guarantee is not NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval NotNull(SqlDayTimeInterval? x) => x.GetValueOrDefault();

    /// <summary>
    /// The value of a scalar subquery, given how many rows it returned and one of their values: zero rows give the
    /// (NULL) value, more than one row is an error.
    /// </summary>
    public static T SingleValue<T>(long? rows, T value) =>
        rows > 1 ? SqlErrors.Throw<T>("more than one row returned by a subquery used as an expression") : value;
}
