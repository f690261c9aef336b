// Nullable overloads of the methods in the other files of this class, written by a script once; keep them in sync by hand.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>The nullable overloads: each returns NULL when any of its nullable arguments is NULL.</summary>
public static partial class SqlMath
{
    /// <summary>Nullable form of <see cref="Abs(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Abs(sbyte? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Abs(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Abs(short? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Abs(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Abs(int? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Abs(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Abs(long? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Abs(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Abs(SqlDecimal? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Abs(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Abs(float? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Abs(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Abs(double? x) =>
        x.HasValue ? Abs(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Mod(sbyte, sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Mod(sbyte? x, sbyte? y) =>
        x.HasValue && y.HasValue ? Mod(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Mod(short, short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Mod(short? x, short? y) =>
        x.HasValue && y.HasValue ? Mod(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Mod(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Mod(int? x, int? y) =>
        x.HasValue && y.HasValue ? Mod(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Mod(long, long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Mod(long? x, long? y) =>
        x.HasValue && y.HasValue ? Mod(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Mod(float, float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Mod(float? x, float? y) =>
        x.HasValue && y.HasValue ? Mod(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Mod(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Mod(double? x, double? y) =>
        x.HasValue && y.HasValue ? Mod(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Sign(sbyte? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Sign(short? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Sign(int? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Sign(long? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Sign(SqlDecimal? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Sign(float? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sign(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Sign(double? x) =>
        x.HasValue ? Sign(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Round(sbyte? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(sbyte, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Round(sbyte? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(sbyte, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Truncate(sbyte? x, int? digits) =>
        x.HasValue && digits.HasValue ? Truncate(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Floor(sbyte? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(sbyte)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte? Ceil(sbyte? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Round(short? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(short, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Round(short? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(short, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Truncate(short? x, int? digits) =>
        x.HasValue && digits.HasValue ? Truncate(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Floor(short? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(short)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short? Ceil(short? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Round(int? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Round(int? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Truncate(int? x, int? digits) =>
        x.HasValue && digits.HasValue ? Truncate(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Floor(int? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Ceil(int? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Round(long? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(long, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Round(long? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(long, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Truncate(long? x, int? digits) =>
        x.HasValue && digits.HasValue ? Truncate(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Floor(long? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(long)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? Ceil(long? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Round(SqlDecimal? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(SqlDecimal, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Round(SqlDecimal? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Truncate(SqlDecimal? x) =>
        x.HasValue ? Truncate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(SqlDecimal, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Truncate(SqlDecimal? x, int? digits) =>
        x.HasValue && digits.HasValue ? Truncate(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Round(double? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(double, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Round(double? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Round(float? x) =>
        x.HasValue ? Round(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Round(float, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Round(float? x, int? digits) =>
        x.HasValue && digits.HasValue ? Round(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Truncate(double? x) =>
        x.HasValue ? Truncate(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Truncate(double, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Truncate(double? x, int? digits) =>
        x.HasValue && digits.HasValue ? Truncate(x.GetValueOrDefault(), digits.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Floor(SqlDecimal? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Floor(double? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Floor(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Floor(float? x) =>
        x.HasValue ? Floor(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(SqlDecimal)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? Ceil(SqlDecimal? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Ceil(double? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ceil(float)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float? Ceil(float? x) =>
        x.HasValue ? Ceil(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Power(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Power(double? x, double? y) =>
        x.HasValue && y.HasValue ? Power(x.GetValueOrDefault(), y.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sqrt(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Sqrt(double? x) =>
        x.HasValue ? Sqrt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Cbrt(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Cbrt(double? x) =>
        x.HasValue ? Cbrt(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Ln(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Ln(double? x) =>
        x.HasValue ? Ln(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Log10(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Log10(double? x) =>
        x.HasValue ? Log10(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Log(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Log(double? b, double? x) =>
        b.HasValue && x.HasValue ? Log(b.GetValueOrDefault(), x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Exp(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? Exp(double? x) =>
        x.HasValue ? Exp(x.GetValueOrDefault()) : null;
}
