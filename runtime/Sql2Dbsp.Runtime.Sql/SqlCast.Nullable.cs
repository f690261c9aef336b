// Nullable overloads of the methods in the other files of this class, written by a script once; keep them in sync by hand.
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>The nullable overloads: each returns NULL when any of its nullable arguments is NULL.</summary>
public static partial class SqlCast
{
    /// <summary>Nullable form of <see cref="ToTinyInt(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(bool? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(sbyte? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(short? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(int? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(long? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(SqlDecimal? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(double? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTinyInt(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? ToTinyInt(float? x) =>
        x.HasValue ? ToTinyInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(bool? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(sbyte? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(short? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(int? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(long? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(SqlDecimal? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(double? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToSmallInt(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? ToSmallInt(float? x) =>
        x.HasValue ? ToSmallInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(bool? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(sbyte? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(short? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(int? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(long? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(SqlDecimal? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(double? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToInteger(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ToInteger(float? x) =>
        x.HasValue ? ToInteger(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(bool? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(sbyte? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(short? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(int? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(long? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(SqlDecimal? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(double? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBigInt(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ToBigInt(float? x) =>
        x.HasValue ? ToBigInt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(bool? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(sbyte? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(short? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(int? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(long? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(SqlDecimal? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(float? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToBoolean(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? ToBoolean(double? x) =>
        x.HasValue ? ToBoolean(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(bool? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(sbyte? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(short? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(int? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(long? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(SqlDecimal? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(float? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToReal(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? ToReal(double? x) =>
        x.HasValue ? ToReal(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(bool? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(sbyte? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(short? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(int? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(long? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(SqlDecimal? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(float? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDouble(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToDouble(double? x) =>
        x.HasValue ? ToDouble(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(bool, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(bool? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(sbyte, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(sbyte? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(short, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(short? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(int, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(int? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(long, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(long? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(SqlDecimal, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(SqlDecimal? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(double, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(double? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToDecimal(float, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ToDecimal(float? x, int precision, int scale) =>
        x.HasValue ? ToDecimal(x.GetValueOrDefault(), precision, scale) : null;

    /// <summary>Nullable form of <see cref="ToVarbinary(SqlBinary)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlBinary? ToVarbinary(SqlBinary? x) =>
        x.HasValue ? ToVarbinary(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDate(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? ToDate(SqlDate? x) =>
        x.HasValue ? ToDate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDate(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? ToDate(SqlTimestamp? x) =>
        x.HasValue ? ToDate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTime(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime? ToTime(SqlTime? x) =>
        x.HasValue ? ToTime(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTime(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime? ToTime(SqlTimestamp? x) =>
        x.HasValue ? ToTime(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTimestamp(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? ToTimestamp(SqlTimestamp? x) =>
        x.HasValue ? ToTimestamp(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToTimestamp(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp? ToTimestamp(SqlDate? x) =>
        x.HasValue ? ToTimestamp(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToMonthInterval(SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval? ToMonthInterval(SqlMonthInterval? x) =>
        x.HasValue ? ToMonthInterval(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToDayTimeInterval(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval? ToDayTimeInterval(SqlDayTimeInterval? x) =>
        x.HasValue ? ToDayTimeInterval(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(bool, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(bool? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(sbyte, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(sbyte? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(short, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(short? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(int? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(long, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(long? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlDecimal, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlDecimal? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(float, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(float? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(double, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(double? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlBinary, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlBinary? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlDate, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlDate? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlTime, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlTime? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlTimestamp, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlTimestamp? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlMonthInterval, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlMonthInterval? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToVarchar(SqlDayTimeInterval, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(SqlDayTimeInterval? x, int maxLength) =>
        x.HasValue ? ToVarchar(x.GetValueOrDefault(), maxLength) : null;

    /// <summary>Nullable form of <see cref="ToChar(bool, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(bool? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(sbyte, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(sbyte? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(short, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(short? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(int? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(long, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(long? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlDecimal, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlDecimal? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(float, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(float? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(double, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(double? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlBinary, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlBinary? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlDate, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlDate? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlTime, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlTime? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlTimestamp, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlTimestamp? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlMonthInterval, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlMonthInterval? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;

    /// <summary>Nullable form of <see cref="ToChar(SqlDayTimeInterval, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(SqlDayTimeInterval? x, int length) =>
        x.HasValue ? ToChar(x.GetValueOrDefault(), length) : null;
}
