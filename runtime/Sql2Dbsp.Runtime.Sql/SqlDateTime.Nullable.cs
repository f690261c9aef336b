// Nullable overloads of the methods in the other files of this class, written by a script once; keep them in sync by hand.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>The nullable overloads: each returns NULL when any of its nullable arguments is NULL.</summary>
public static partial class SqlDateTime
{
    /// <summary>Nullable form of <see cref="ExtractYear(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractYear(SqlDate? x) =>
        x.HasValue ? ExtractYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractYear(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractYear(SqlTimestamp? x) =>
        x.HasValue ? ExtractYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractYear(SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractYear(SqlMonthInterval? x) =>
        x.HasValue ? ExtractYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMonth(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMonth(SqlDate? x) =>
        x.HasValue ? ExtractMonth(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMonth(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMonth(SqlTimestamp? x) =>
        x.HasValue ? ExtractMonth(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMonth(SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMonth(SqlMonthInterval? x) =>
        x.HasValue ? ExtractMonth(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractQuarter(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractQuarter(SqlDate? x) =>
        x.HasValue ? ExtractQuarter(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractQuarter(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractQuarter(SqlTimestamp? x) =>
        x.HasValue ? ExtractQuarter(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractQuarter(SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractQuarter(SqlMonthInterval? x) =>
        x.HasValue ? ExtractQuarter(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDay(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDay(SqlDate? x) =>
        x.HasValue ? ExtractDay(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDay(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDay(SqlTimestamp? x) =>
        x.HasValue ? ExtractDay(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDay(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDay(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractDay(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDayOfWeek(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDayOfWeek(SqlDate? x) =>
        x.HasValue ? ExtractDayOfWeek(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDayOfWeek(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDayOfWeek(SqlTimestamp? x) =>
        x.HasValue ? ExtractDayOfWeek(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractIsoDayOfWeek(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractIsoDayOfWeek(SqlDate? x) =>
        x.HasValue ? ExtractIsoDayOfWeek(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractIsoDayOfWeek(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractIsoDayOfWeek(SqlTimestamp? x) =>
        x.HasValue ? ExtractIsoDayOfWeek(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDayOfYear(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDayOfYear(SqlDate? x) =>
        x.HasValue ? ExtractDayOfYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDayOfYear(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDayOfYear(SqlTimestamp? x) =>
        x.HasValue ? ExtractDayOfYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractWeek(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractWeek(SqlDate? x) =>
        x.HasValue ? ExtractWeek(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractWeek(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractWeek(SqlTimestamp? x) =>
        x.HasValue ? ExtractWeek(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractIsoYear(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractIsoYear(SqlDate? x) =>
        x.HasValue ? ExtractIsoYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractIsoYear(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractIsoYear(SqlTimestamp? x) =>
        x.HasValue ? ExtractIsoYear(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDecade(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDecade(SqlDate? x) =>
        x.HasValue ? ExtractDecade(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractDecade(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractDecade(SqlTimestamp? x) =>
        x.HasValue ? ExtractDecade(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractCentury(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractCentury(SqlDate? x) =>
        x.HasValue ? ExtractCentury(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractCentury(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractCentury(SqlTimestamp? x) =>
        x.HasValue ? ExtractCentury(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMillennium(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMillennium(SqlDate? x) =>
        x.HasValue ? ExtractMillennium(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMillennium(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMillennium(SqlTimestamp? x) =>
        x.HasValue ? ExtractMillennium(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractHour(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractHour(SqlDate? x) =>
        x.HasValue ? ExtractHour(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractHour(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractHour(SqlTimestamp? x) =>
        x.HasValue ? ExtractHour(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractHour(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractHour(SqlTime? x) =>
        x.HasValue ? ExtractHour(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractHour(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractHour(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractHour(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMinute(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMinute(SqlDate? x) =>
        x.HasValue ? ExtractMinute(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMinute(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMinute(SqlTimestamp? x) =>
        x.HasValue ? ExtractMinute(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMinute(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMinute(SqlTime? x) =>
        x.HasValue ? ExtractMinute(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMinute(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMinute(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractMinute(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractSecond(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractSecond(SqlDate? x) =>
        x.HasValue ? ExtractSecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractSecond(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractSecond(SqlTimestamp? x) =>
        x.HasValue ? ExtractSecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractSecond(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractSecond(SqlTime? x) =>
        x.HasValue ? ExtractSecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractSecond(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractSecond(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractSecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMillisecond(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMillisecond(SqlTimestamp? x) =>
        x.HasValue ? ExtractMillisecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMillisecond(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMillisecond(SqlTime? x) =>
        x.HasValue ? ExtractMillisecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMillisecond(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMillisecond(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractMillisecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMicrosecond(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMicrosecond(SqlTimestamp? x) =>
        x.HasValue ? ExtractMicrosecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMicrosecond(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMicrosecond(SqlTime? x) =>
        x.HasValue ? ExtractMicrosecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractMicrosecond(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long? ExtractMicrosecond(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractMicrosecond(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractEpoch(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractEpoch(SqlTimestamp? x) =>
        x.HasValue ? ExtractEpoch(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractEpoch(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractEpoch(SqlDate? x) =>
        x.HasValue ? ExtractEpoch(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractEpoch(SqlTime)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractEpoch(SqlTime? x) =>
        x.HasValue ? ExtractEpoch(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractEpoch(SqlDayTimeInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractEpoch(SqlDayTimeInterval? x) =>
        x.HasValue ? ExtractEpoch(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="ExtractEpoch(SqlMonthInterval)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDecimal? ExtractEpoch(SqlMonthInterval? x) =>
        x.HasValue ? ExtractEpoch(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="LastDay(SqlDate)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? LastDay(SqlDate? x) =>
        x.HasValue ? LastDay(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="LastDay(SqlTimestamp)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate? LastDay(SqlTimestamp? x) =>
        x.HasValue ? LastDay(x.GetValueOrDefault()) : null;
}
