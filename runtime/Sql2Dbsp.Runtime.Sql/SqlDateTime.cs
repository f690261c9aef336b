using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// <c>EXTRACT(field FROM value)</c> and related date/time functions (PostgreSQL semantics). Fields return
/// <see cref="long"/> except <see cref="ExtractSecond(SqlTimestamp)"/> and <see cref="ExtractEpoch(SqlTimestamp)"/>,
/// which return <see cref="SqlDecimal"/> with 6 fractional digits (microseconds) like PostgreSQL's <c>numeric</c> results.
/// A DATE behaves as its midnight (hour, minute, second are 0). YEAR, MONTH, DAY of dates are calendar fields (year
/// 0 = 1 BC is reported as -1, as PostgreSQL does); intervals report their normalized fields (a year-month interval
/// of 14 months has YEAR 1 and MONTH 2; a day-time interval of 36 hours has DAY 1 and HOUR 12; fields carry the sign
/// of the interval). Every function has a nullable overload returning NULL for NULL.
/// </summary>
public static partial class SqlDateTime
{
    // ---------------------------------------------------------------- YEAR / MONTH / DAY / QUARTER

    /// <summary>EXTRACT(YEAR FROM date).</summary>
    public static long ExtractYear(SqlDate x) => DisplayYear(YearOf(x.Days));

    /// <summary>EXTRACT(YEAR FROM timestamp).</summary>
    public static long ExtractYear(SqlTimestamp x) => ExtractYear(x.Date);

    /// <summary>EXTRACT(YEAR FROM year-month interval): months / 12, truncated toward zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractYear(SqlMonthInterval x) => x.Months / 12;

    /// <summary>EXTRACT(MONTH FROM date), 1..12.</summary>
    public static long ExtractMonth(SqlDate x)
    {
        CivilCalendar.CivilFromDays(x.Days, out _, out int m, out _);
        return m;
    }

    /// <summary>EXTRACT(MONTH FROM timestamp), 1..12.</summary>
    public static long ExtractMonth(SqlTimestamp x) => ExtractMonth(x.Date);

    /// <summary>EXTRACT(MONTH FROM year-month interval): months % 12 (with the interval's sign).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractMonth(SqlMonthInterval x) => x.Months % 12;

    /// <summary>EXTRACT(QUARTER FROM date), 1..4.</summary>
    public static long ExtractQuarter(SqlDate x) => ((ExtractMonth(x) - 1) / 3) + 1;

    /// <summary>EXTRACT(QUARTER FROM timestamp), 1..4.</summary>
    public static long ExtractQuarter(SqlTimestamp x) => ExtractQuarter(x.Date);

    /// <summary>EXTRACT(QUARTER FROM year-month interval): (months % 12) / 3 + 1 (PostgreSQL).</summary>
    public static long ExtractQuarter(SqlMonthInterval x) => (x.Months % 12 / 3) + 1;

    /// <summary>EXTRACT(DAY FROM date), 1..31.</summary>
    public static long ExtractDay(SqlDate x)
    {
        CivilCalendar.CivilFromDays(x.Days, out _, out _, out int d);
        return d;
    }

    /// <summary>EXTRACT(DAY FROM timestamp), 1..31.</summary>
    public static long ExtractDay(SqlTimestamp x) => ExtractDay(x.Date);

    /// <summary>EXTRACT(DAY FROM day-time interval): whole days (24 hours), with the interval's sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractDay(SqlDayTimeInterval x) => x.Microseconds / CivilCalendar.MicrosPerDay;

    // ---------------------------------------------------------------- DOW / ISODOW / DOY / WEEK / ISOYEAR

    /// <summary>EXTRACT(DOW FROM date): day of the week, Sunday = 0 .. Saturday = 6.</summary>
    public static long ExtractDayOfWeek(SqlDate x) => CivilCalendar.DayOfWeek(x.Days);

    /// <summary>EXTRACT(DOW FROM timestamp): Sunday = 0 .. Saturday = 6.</summary>
    public static long ExtractDayOfWeek(SqlTimestamp x) => ExtractDayOfWeek(x.Date);

    /// <summary>EXTRACT(ISODOW FROM date): Monday = 1 .. Sunday = 7.</summary>
    public static long ExtractIsoDayOfWeek(SqlDate x)
    {
        int dow = CivilCalendar.DayOfWeek(x.Days);
        return dow == 0 ? 7 : dow;
    }

    /// <summary>EXTRACT(ISODOW FROM timestamp): Monday = 1 .. Sunday = 7.</summary>
    public static long ExtractIsoDayOfWeek(SqlTimestamp x) => ExtractIsoDayOfWeek(x.Date);

    /// <summary>EXTRACT(DOY FROM date): day of the year, 1..366.</summary>
    public static long ExtractDayOfYear(SqlDate x)
    {
        long y = YearOf(x.Days);
        return x.Days - CivilCalendar.DaysFromCivil(y, 1, 1) + 1;
    }

    /// <summary>EXTRACT(DOY FROM timestamp): 1..366.</summary>
    public static long ExtractDayOfYear(SqlTimestamp x) => ExtractDayOfYear(x.Date);

    /// <summary>EXTRACT(WEEK FROM date): the ISO 8601 week number, 1..53 (weeks start on Monday; week 1 contains the
    /// year's first Thursday).</summary>
    public static long ExtractWeek(SqlDate x)
    {
        IsoWeek(x.Days, out _, out int week);
        return week;
    }

    /// <summary>EXTRACT(WEEK FROM timestamp): the ISO 8601 week number.</summary>
    public static long ExtractWeek(SqlTimestamp x) => ExtractWeek(x.Date);

    /// <summary>EXTRACT(ISOYEAR FROM date): the ISO 8601 week-numbering year.</summary>
    public static long ExtractIsoYear(SqlDate x)
    {
        IsoWeek(x.Days, out long year, out _);
        return DisplayYear(year);
    }

    /// <summary>EXTRACT(ISOYEAR FROM timestamp): the ISO 8601 week-numbering year.</summary>
    public static long ExtractIsoYear(SqlTimestamp x) => ExtractIsoYear(x.Date);

    // ---------------------------------------------------------------- DECADE / CENTURY / MILLENNIUM

    /// <summary>EXTRACT(DECADE FROM date): the year divided by 10 (floor, PostgreSQL).</summary>
    public static long ExtractDecade(SqlDate x) => CivilCalendar.FloorDiv(YearOf(x.Days), 10);

    /// <summary>EXTRACT(DECADE FROM timestamp).</summary>
    public static long ExtractDecade(SqlTimestamp x) => ExtractDecade(x.Date);

    /// <summary>EXTRACT(CENTURY FROM date): 2001-2100 is century 21; 1 BC is century -1 (there is no century 0).</summary>
    public static long ExtractCentury(SqlDate x)
    {
        long y = YearOf(x.Days);
        return y > 0 ? (y + 99) / 100 : -((99 - (y - 1)) / 100);
    }

    /// <summary>EXTRACT(CENTURY FROM timestamp).</summary>
    public static long ExtractCentury(SqlTimestamp x) => ExtractCentury(x.Date);

    /// <summary>EXTRACT(MILLENNIUM FROM date): 2001-3000 is millennium 3.</summary>
    public static long ExtractMillennium(SqlDate x)
    {
        long y = YearOf(x.Days);
        return y > 0 ? (y + 999) / 1000 : -((999 - (y - 1)) / 1000);
    }

    /// <summary>EXTRACT(MILLENNIUM FROM timestamp).</summary>
    public static long ExtractMillennium(SqlTimestamp x) => ExtractMillennium(x.Date);

    // ---------------------------------------------------------------- HOUR / MINUTE / SECOND

    /// <summary>EXTRACT(HOUR FROM date): 0.</summary>
    public static long ExtractHour(SqlDate x) => 0;

    /// <summary>EXTRACT(HOUR FROM timestamp), 0..23.</summary>
    public static long ExtractHour(SqlTimestamp x) => TimeOfDayMicros(x) / CivilCalendar.MicrosPerHour;

    /// <summary>EXTRACT(HOUR FROM time), 0..23.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractHour(SqlTime x) => x.Nanoseconds / CivilCalendar.NanosPerHour;

    /// <summary>EXTRACT(HOUR FROM day-time interval): hours after the whole days, with the interval's sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractHour(SqlDayTimeInterval x) => x.Microseconds % CivilCalendar.MicrosPerDay / CivilCalendar.MicrosPerHour;

    /// <summary>EXTRACT(MINUTE FROM date): 0.</summary>
    public static long ExtractMinute(SqlDate x) => 0;

    /// <summary>EXTRACT(MINUTE FROM timestamp), 0..59.</summary>
    public static long ExtractMinute(SqlTimestamp x) => TimeOfDayMicros(x) / CivilCalendar.MicrosPerMinute % 60;

    /// <summary>EXTRACT(MINUTE FROM time), 0..59.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractMinute(SqlTime x) => x.Nanoseconds / CivilCalendar.NanosPerMinute % 60;

    /// <summary>EXTRACT(MINUTE FROM day-time interval), with the interval's sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ExtractMinute(SqlDayTimeInterval x) => x.Microseconds % CivilCalendar.MicrosPerHour / CivilCalendar.MicrosPerMinute;

    /// <summary>EXTRACT(SECOND FROM date): 0.000000.</summary>
    public static SqlDecimal ExtractSecond(SqlDate x) => MicrosToSeconds(0);

    /// <summary>EXTRACT(SECOND FROM timestamp): seconds including the fraction, 0..59.999999 (scale 6).</summary>
    public static SqlDecimal ExtractSecond(SqlTimestamp x) => MicrosToSeconds(TimeOfDayMicros(x) % CivilCalendar.MicrosPerMinute);

    /// <summary>EXTRACT(SECOND FROM time): seconds including the fraction (scale 6; nanoseconds below a microsecond
    /// are truncated).</summary>
    public static SqlDecimal ExtractSecond(SqlTime x) => MicrosToSeconds(x.Nanoseconds % CivilCalendar.NanosPerMinute / CivilCalendar.NanosPerMicro);

    /// <summary>EXTRACT(SECOND FROM day-time interval): seconds including the fraction (scale 6), with the interval's sign.</summary>
    public static SqlDecimal ExtractSecond(SqlDayTimeInterval x) => MicrosToSeconds(x.Microseconds % CivilCalendar.MicrosPerMinute);

    /// <summary>EXTRACT(MILLISECOND FROM timestamp): seconds × 1000 plus milliseconds, 0..59999 (fraction truncated).</summary>
    public static long ExtractMillisecond(SqlTimestamp x) => TimeOfDayMicros(x) % CivilCalendar.MicrosPerMinute / CivilCalendar.MicrosPerMillisecond;

    /// <summary>EXTRACT(MILLISECOND FROM time): seconds × 1000 plus milliseconds.</summary>
    public static long ExtractMillisecond(SqlTime x) => x.Nanoseconds % CivilCalendar.NanosPerMinute / 1_000_000;

    /// <summary>EXTRACT(MILLISECOND FROM day-time interval): seconds × 1000 plus milliseconds, with the interval's sign.</summary>
    public static long ExtractMillisecond(SqlDayTimeInterval x) => x.Microseconds % CivilCalendar.MicrosPerMinute / CivilCalendar.MicrosPerMillisecond;

    /// <summary>EXTRACT(MICROSECOND FROM timestamp): seconds × 1 000 000 plus microseconds, 0..59999999.</summary>
    public static long ExtractMicrosecond(SqlTimestamp x) => TimeOfDayMicros(x) % CivilCalendar.MicrosPerMinute;

    /// <summary>EXTRACT(MICROSECOND FROM time): seconds × 1 000 000 plus microseconds.</summary>
    public static long ExtractMicrosecond(SqlTime x) => x.Nanoseconds % CivilCalendar.NanosPerMinute / CivilCalendar.NanosPerMicro;

    /// <summary>EXTRACT(MICROSECOND FROM day-time interval): seconds × 1 000 000 plus microseconds, with the interval's sign.</summary>
    public static long ExtractMicrosecond(SqlDayTimeInterval x) => x.Microseconds % CivilCalendar.MicrosPerMinute;

    // ---------------------------------------------------------------- EPOCH

    /// <summary>EXTRACT(EPOCH FROM timestamp): seconds since 1970-01-01 00:00:00 with the fraction (scale 6).</summary>
    public static SqlDecimal ExtractEpoch(SqlTimestamp x) => MicrosToSeconds(x.Microseconds);

    /// <summary>EXTRACT(EPOCH FROM date): seconds from 1970-01-01 to the date's midnight (scale 6).</summary>
    public static SqlDecimal ExtractEpoch(SqlDate x) => new(x.Days * (Int128)86_400_000_000, 6);

    /// <summary>EXTRACT(EPOCH FROM time): seconds since midnight (scale 6).</summary>
    public static SqlDecimal ExtractEpoch(SqlTime x) => MicrosToSeconds(x.Nanoseconds / CivilCalendar.NanosPerMicro);

    /// <summary>EXTRACT(EPOCH FROM day-time interval): the length in seconds (scale 6).</summary>
    public static SqlDecimal ExtractEpoch(SqlDayTimeInterval x) => MicrosToSeconds(x.Microseconds);

    /// <summary>EXTRACT(EPOCH FROM year-month interval): PostgreSQL's convention of 365.25 days per year and 30 days per
    /// month (scale 6).</summary>
    public static SqlDecimal ExtractEpoch(SqlMonthInterval x)
    {
        long years = x.Months / 12;
        long months = x.Months % 12;
        return MicrosToSeconds((years * 36525 * CivilCalendar.MicrosPerDay / 100) + (months * 30 * CivilCalendar.MicrosPerDay));
    }

    // ---------------------------------------------------------------- DATE_TRUNC-like helpers

    /// <summary>The last day of the month of <paramref name="x"/> (<c>LAST_DAY</c>).</summary>
    public static SqlDate LastDay(SqlDate x)
    {
        CivilCalendar.CivilFromDays(x.Days, out long y, out int m, out _);
        return new SqlDate((int)CivilCalendar.DaysFromCivil(y, m, CivilCalendar.DaysInMonth(y, m)));
    }

    /// <summary>The last day of the month of <paramref name="x"/> (<c>LAST_DAY</c>).</summary>
    public static SqlDate LastDay(SqlTimestamp x) => LastDay(x.Date);

    // ---------------------------------------------------------------- helpers

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long TimeOfDayMicros(SqlTimestamp x) => CivilCalendar.FloorMod(x.Microseconds, CivilCalendar.MicrosPerDay);

    private static long YearOf(long days)
    {
        CivilCalendar.CivilFromDays(days, out long y, out _, out _);
        return y;
    }

    /// <summary>Astronomical year to the year PostgreSQL reports: year 0 is 1 BC, reported as -1.</summary>
    private static long DisplayYear(long y) => y > 0 ? y : y - 1;

    /// <summary>Microseconds as seconds with exactly six fractional digits.</summary>
    private static SqlDecimal MicrosToSeconds(long micros)
    {
        return new SqlDecimal(micros, 6);
    }

    private static void IsoWeek(long days, out long isoYear, out int week)
    {
        int isoDow = CivilCalendar.DayOfWeek(days);
        isoDow = isoDow == 0 ? 7 : isoDow;

        // The Thursday of this ISO week decides the ISO year.
        long thursday = days - isoDow + 4;
        isoYear = YearOf(thursday);
        long firstOfIsoYear = CivilCalendar.DaysFromCivil(isoYear, 1, 1);
        week = (int)((thursday - firstOfIsoYear) / 7) + 1;
    }
}
