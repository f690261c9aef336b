// Nullable overloads of the methods in the other files of this class, written by a script once; keep them in sync by hand.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>The nullable overloads: each returns NULL when any of its nullable arguments is NULL.</summary>
public static partial class SqlArithmetic
{
    /// <summary>Nullable form of <see cref="Add(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Add(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Subtract(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Multiply(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Divide(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Modulo(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Modulo(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Negate(sbyte? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Add(short? x, short? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Subtract(short? x, short? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Multiply(short? x, short? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Divide(short? x, short? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Modulo(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Modulo(short? x, short? y) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Negate(short? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Add(int? x, int? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Subtract(int? x, int? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Multiply(int? x, int? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Divide(int? x, int? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Modulo(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Modulo(int? x, int? y) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Negate(int? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Add(long? x, long? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Subtract(long? x, long? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Multiply(long? x, long? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Divide(long? x, long? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Modulo(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Modulo(long? x, long? y) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Negate(long? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDecimal, SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Add(SqlDecimal? x, SqlDecimal? y, int precision, int scale) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlDecimal, SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Subtract(SqlDecimal? x, SqlDecimal? y, int precision, int scale) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="Multiply(SqlDecimal, SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Multiply(SqlDecimal? x, SqlDecimal? y, int precision, int scale) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="Divide(SqlDecimal, SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Divide(SqlDecimal? x, SqlDecimal? y, int precision, int scale) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="Modulo(SqlDecimal, SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Modulo(SqlDecimal? x, SqlDecimal? y, int precision, int scale) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="Negate(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Negate(SqlDecimal? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Add(float? x, float? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Subtract(float? x, float? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Multiply(float? x, float? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Divide(float? x, float? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Modulo(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Modulo(float? x, float? y) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Negate(float? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Add(double? x, double? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Subtract(double? x, double? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Multiply(double? x, double? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Divide(double? x, double? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Modulo(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Modulo(double? x, double? y) =>
        x.HasValue && y.HasValue ? Modulo(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Negate(double? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlTimestamp, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlTimestamp? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDayTimeInterval, SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlDayTimeInterval? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlTimestamp, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Subtract(SqlTimestamp? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlTimestamp, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlTimestamp? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlMonthInterval, SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlMonthInterval? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlTimestamp, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Subtract(SqlTimestamp? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDate, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlDate? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDayTimeInterval, SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlDayTimeInterval? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlDate, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Subtract(SqlDate? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDate, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlDate? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlMonthInterval, SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Add(SqlMonthInterval? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlDate, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? Subtract(SqlDate? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDate, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? Add(SqlDate? x, int? days) =>
        x.HasValue && days.HasValue ? Add(x.GetValueOrDefault(), days.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(int, SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? Add(int? days, SqlDate? x) =>
        days.HasValue && x.HasValue ? Add(days.GetValueOrDefault(), x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlDate, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? Subtract(SqlDate? x, int? days) =>
        x.HasValue && days.HasValue ? Subtract(x.GetValueOrDefault(), days.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlDate, SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Subtract(SqlDate? x, SqlDate? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlTimestamp, SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Subtract(SqlTimestamp? x, SqlTimestamp? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlTime, SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Subtract(SqlTime? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlTime, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime? Add(SqlTime? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDayTimeInterval, SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime? Add(SqlDayTimeInterval? x, SqlTime? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlTime, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime? Subtract(SqlTime? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlDayTimeInterval, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Add(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlDayTimeInterval, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Subtract(SqlDayTimeInterval? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Negate(SqlDayTimeInterval? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Add(SqlMonthInterval, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Add(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Add(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Subtract(SqlMonthInterval, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Subtract(SqlMonthInterval? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Subtract(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Negate(SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Negate(SqlMonthInterval? x) =>
        x.HasValue ? Negate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(SqlDayTimeInterval, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Multiply(SqlDayTimeInterval? x, long? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(long, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Multiply(long? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(SqlDayTimeInterval, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Multiply(SqlDayTimeInterval? x, double? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(double, SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Multiply(double? x, SqlDayTimeInterval? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(SqlDayTimeInterval, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Divide(SqlDayTimeInterval? x, long? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(SqlDayTimeInterval, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? Divide(SqlDayTimeInterval? x, double? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(SqlMonthInterval, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Multiply(SqlMonthInterval? x, long? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(long, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Multiply(long? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(SqlMonthInterval, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Multiply(SqlMonthInterval? x, double? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Multiply(double, SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Multiply(double? x, SqlMonthInterval? y) =>
        x.HasValue && y.HasValue ? Multiply(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(SqlMonthInterval, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Divide(SqlMonthInterval? x, long? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Divide(SqlMonthInterval, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? Divide(SqlMonthInterval? x, double? y) =>
        x.HasValue && y.HasValue ? Divide(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

}
