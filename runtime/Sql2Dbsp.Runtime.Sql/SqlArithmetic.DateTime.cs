using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>Date, time and interval arithmetic (PostgreSQL rules).</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>timestamp ± interval</c> → TIMESTAMP. Adding months keeps the day of the month, clamped to the month's
/// last day (<c>2024-01-31 + 1 month = 2024-02-29</c>).</item>
/// <item><c>date ± interval</c> → TIMESTAMP (the date at midnight plus the interval), as in PostgreSQL.</item>
/// <item><c>date ± integer</c> → DATE; <c>date - date</c> → INTEGER days.</item>
/// <item><c>timestamp - timestamp</c> → INTERVAL DAY TO SECOND; <c>time - time</c> likewise.</item>
/// <item><c>time ± day-time interval</c> → TIME, wrapping around midnight.</item>
/// <item>Interval <c>* / </c> number: day-time intervals round to the microsecond and year-month intervals to the
/// month, half away from zero (PostgreSQL would spill a fractional month into days; a month interval has no days).</item>
/// </list>
/// Results outside the representable range throw <see cref="SqlRuntimeException"/>.
/// </remarks>
public static partial class SqlArithmetic
{
    // ---------------------------------------------------------------- TIMESTAMP ± interval

    /// <summary><c>timestamp + day-time interval</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp Add(SqlTimestamp x, SqlDayTimeInterval y)
    {
        long r = unchecked(x.Microseconds + y.Microseconds);
        if (((x.Microseconds ^ r) & (y.Microseconds ^ r)) < 0)
        {
            OutOfRange(x, "+", y);
        }

        return new SqlTimestamp(r);
    }

    /// <summary><c>day-time interval + timestamp</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp Add(SqlDayTimeInterval x, SqlTimestamp y) => Add(y, x);

    /// <summary><c>timestamp - day-time interval</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp Subtract(SqlTimestamp x, SqlDayTimeInterval y)
    {
        long r = unchecked(x.Microseconds - y.Microseconds);
        if (((x.Microseconds ^ y.Microseconds) & (x.Microseconds ^ r)) < 0)
        {
            OutOfRange(x, "-", y);
        }

        return new SqlTimestamp(r);
    }

    /// <summary><c>timestamp + year-month interval</c>: the day of the month is clamped to the resulting month's length.</summary>
    public static SqlTimestamp Add(SqlTimestamp x, SqlMonthInterval y) => AddMonths(x, y.Months, "+", y);

    /// <summary><c>year-month interval + timestamp</c>.</summary>
    public static SqlTimestamp Add(SqlMonthInterval x, SqlTimestamp y) => AddMonths(y, x.Months, "+", x);

    /// <summary><c>timestamp - year-month interval</c>: the day of the month is clamped to the resulting month's length.</summary>
    public static SqlTimestamp Subtract(SqlTimestamp x, SqlMonthInterval y) => AddMonths(x, -(long)y.Months, "-", y);

    private static SqlTimestamp AddMonths(SqlTimestamp x, long months, string op, SqlMonthInterval shown)
    {
        long days = CivilCalendar.FloorDiv(x.Microseconds, CivilCalendar.MicrosPerDay);
        long timeOfDay = x.Microseconds - (days * CivilCalendar.MicrosPerDay);
        try
        {
            long newDays = CivilCalendar.AddMonths(days, months);
            return new SqlTimestamp(checked((newDays * CivilCalendar.MicrosPerDay) + timeOfDay));
        }
        catch (OverflowException)
        {
            throw SqlErrors.Error($"timestamp out of range: {x} {op} {shown}");
        }
    }

    // ---------------------------------------------------------------- DATE ± interval / integer

    /// <summary><c>date + day-time interval</c> → TIMESTAMP (PostgreSQL).</summary>
    public static SqlTimestamp Add(SqlDate x, SqlDayTimeInterval y) => Add(ToTimestamp(x), y);

    /// <summary><c>day-time interval + date</c> → TIMESTAMP.</summary>
    public static SqlTimestamp Add(SqlDayTimeInterval x, SqlDate y) => Add(ToTimestamp(y), x);

    /// <summary><c>date - day-time interval</c> → TIMESTAMP.</summary>
    public static SqlTimestamp Subtract(SqlDate x, SqlDayTimeInterval y) => Subtract(ToTimestamp(x), y);

    /// <summary><c>date + year-month interval</c> → TIMESTAMP at midnight (PostgreSQL); the day is clamped to the month's length.</summary>
    public static SqlTimestamp Add(SqlDate x, SqlMonthInterval y) => Add(ToTimestamp(x), y);

    /// <summary><c>year-month interval + date</c> → TIMESTAMP.</summary>
    public static SqlTimestamp Add(SqlMonthInterval x, SqlDate y) => Add(ToTimestamp(y), x);

    /// <summary><c>date - year-month interval</c> → TIMESTAMP.</summary>
    public static SqlTimestamp Subtract(SqlDate x, SqlMonthInterval y) => Subtract(ToTimestamp(x), y);

    /// <summary><c>date + integer</c> (days) → DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate Add(SqlDate x, int days)
    {
        int r = unchecked(x.Days + days);
        if (((x.Days ^ r) & (days ^ r)) < 0)
        {
            SqlErrors.Throw($"date out of range: {x} + {days}");
        }

        return new SqlDate(r);
    }

    /// <summary><c>integer + date</c> → DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate Add(int days, SqlDate x) => Add(x, days);

    /// <summary><c>date - integer</c> (days) → DATE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate Subtract(SqlDate x, int days)
    {
        int r = unchecked(x.Days - days);
        if (((x.Days ^ days) & (x.Days ^ r)) < 0)
        {
            SqlErrors.Throw($"date out of range: {x} - {days}");
        }

        return new SqlDate(r);
    }

    /// <summary><c>date - date</c> → INTEGER number of days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Subtract(SqlDate x, SqlDate y)
    {
        long r = (long)x.Days - y.Days;
        if (r != (int)r)
        {
            SqlErrors.Throw($"integer overflow: {x} - {y} (INTEGER)");
        }

        return (int)r;
    }

    // ---------------------------------------------------------------- differences

    /// <summary><c>timestamp - timestamp</c> → INTERVAL DAY TO SECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval Subtract(SqlTimestamp x, SqlTimestamp y)
    {
        long r = unchecked(x.Microseconds - y.Microseconds);
        if (((x.Microseconds ^ y.Microseconds) & (x.Microseconds ^ r)) < 0)
        {
            SqlErrors.Throw($"interval out of range: {x} - {y}");
        }

        return new SqlDayTimeInterval(r);
    }

    /// <summary><c>time - time</c> → INTERVAL DAY TO SECOND (truncated to microseconds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval Subtract(SqlTime x, SqlTime y) =>
        new((x.Nanoseconds - y.Nanoseconds) / CivilCalendar.NanosPerMicro);

    // ---------------------------------------------------------------- TIME ± interval

    /// <summary><c>time + day-time interval</c> → TIME, wrapping around midnight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime Add(SqlTime x, SqlDayTimeInterval y) =>
        new(CivilCalendar.FloorMod(x.Nanoseconds + (y.Microseconds % CivilCalendar.MicrosPerDay * CivilCalendar.NanosPerMicro), CivilCalendar.NanosPerDay));

    /// <summary><c>day-time interval + time</c> → TIME, wrapping around midnight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime Add(SqlDayTimeInterval x, SqlTime y) => Add(y, x);

    /// <summary><c>time - day-time interval</c> → TIME, wrapping around midnight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime Subtract(SqlTime x, SqlDayTimeInterval y) =>
        new(CivilCalendar.FloorMod(x.Nanoseconds - (y.Microseconds % CivilCalendar.MicrosPerDay * CivilCalendar.NanosPerMicro), CivilCalendar.NanosPerDay));

    // ---------------------------------------------------------------- interval ± interval, -interval

    /// <summary><c>interval + interval</c> (day-time).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval Add(SqlDayTimeInterval x, SqlDayTimeInterval y)
    {
        long r = unchecked(x.Microseconds + y.Microseconds);
        if (((x.Microseconds ^ r) & (y.Microseconds ^ r)) < 0)
        {
            SqlErrors.Throw($"interval out of range: {x} + {y}");
        }

        return new SqlDayTimeInterval(r);
    }

    /// <summary><c>interval - interval</c> (day-time).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval Subtract(SqlDayTimeInterval x, SqlDayTimeInterval y)
    {
        long r = unchecked(x.Microseconds - y.Microseconds);
        if (((x.Microseconds ^ y.Microseconds) & (x.Microseconds ^ r)) < 0)
        {
            SqlErrors.Throw($"interval out of range: {x} - {y}");
        }

        return new SqlDayTimeInterval(r);
    }

    /// <summary><c>-interval</c> (day-time).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval Negate(SqlDayTimeInterval x)
    {
        if (x.Microseconds == long.MinValue)
        {
            SqlErrors.Throw($"interval out of range: -({x})");
        }

        return new SqlDayTimeInterval(-x.Microseconds);
    }

    /// <summary><c>interval + interval</c> (year-month).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval Add(SqlMonthInterval x, SqlMonthInterval y)
    {
        long r = (long)x.Months + y.Months;
        if (r != (int)r)
        {
            SqlErrors.Throw($"interval out of range: {x} + {y}");
        }

        return new SqlMonthInterval((int)r);
    }

    /// <summary><c>interval - interval</c> (year-month).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval Subtract(SqlMonthInterval x, SqlMonthInterval y)
    {
        long r = (long)x.Months - y.Months;
        if (r != (int)r)
        {
            SqlErrors.Throw($"interval out of range: {x} - {y}");
        }

        return new SqlMonthInterval((int)r);
    }

    /// <summary><c>-interval</c> (year-month).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval Negate(SqlMonthInterval x)
    {
        if (x.Months == int.MinValue)
        {
            SqlErrors.Throw($"interval out of range: -({x})");
        }

        return new SqlMonthInterval(-x.Months);
    }

    // ---------------------------------------------------------------- interval * / number

    /// <summary><c>interval * integer</c> (day-time).</summary>
    public static SqlDayTimeInterval Multiply(SqlDayTimeInterval x, long y)
    {
        long high = Math.BigMul(x.Microseconds, y, out long low);
        if (high != (low >> 63))
        {
            SqlErrors.Throw($"interval out of range: {x} * {y}");
        }

        return new SqlDayTimeInterval(low);
    }

    /// <summary><c>integer * interval</c> (day-time).</summary>
    public static SqlDayTimeInterval Multiply(long x, SqlDayTimeInterval y) => Multiply(y, x);

    /// <summary><c>interval * double</c> (day-time), rounded to the microsecond half away from zero.</summary>
    public static SqlDayTimeInterval Multiply(SqlDayTimeInterval x, double y) =>
        new(RoundToInt64(x.Microseconds * y, x, "*", y));

    /// <summary><c>double * interval</c> (day-time).</summary>
    public static SqlDayTimeInterval Multiply(double x, SqlDayTimeInterval y) => Multiply(y, x);

    /// <summary><c>interval / integer</c> (day-time), rounded to the microsecond half away from zero; throws on division by zero.</summary>
    public static SqlDayTimeInterval Divide(SqlDayTimeInterval x, long y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x.ToString(), "/");
        }

        if (y == -1 && x.Microseconds == long.MinValue)
        {
            SqlErrors.Throw($"interval out of range: {x} / {y}");
        }

        return new SqlDayTimeInterval(DivideRounded(x.Microseconds, y));
    }

    /// <summary><c>interval / double</c> (day-time), rounded to the microsecond half away from zero; throws on division by zero.</summary>
    public static SqlDayTimeInterval Divide(SqlDayTimeInterval x, double y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x.ToString(), "/");
        }

        return new SqlDayTimeInterval(RoundToInt64(x.Microseconds / y, x, "/", y));
    }

    /// <summary><c>interval * integer</c> (year-month).</summary>
    public static SqlMonthInterval Multiply(SqlMonthInterval x, long y)
    {
        long high = Math.BigMul(x.Months, y, out long low);
        if (high != (low >> 63) || low != (int)low)
        {
            SqlErrors.Throw($"interval out of range: {x} * {y}");
        }

        return new SqlMonthInterval((int)low);
    }

    /// <summary><c>integer * interval</c> (year-month).</summary>
    public static SqlMonthInterval Multiply(long x, SqlMonthInterval y) => Multiply(y, x);

    /// <summary><c>interval * double</c> (year-month), rounded to the month half away from zero.</summary>
    public static SqlMonthInterval Multiply(SqlMonthInterval x, double y) => new(RoundToInt32(x.Months * y, x, "*", y));

    /// <summary><c>double * interval</c> (year-month).</summary>
    public static SqlMonthInterval Multiply(double x, SqlMonthInterval y) => Multiply(y, x);

    /// <summary><c>interval / integer</c> (year-month), rounded to the month half away from zero; throws on division by zero.</summary>
    public static SqlMonthInterval Divide(SqlMonthInterval x, long y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x.ToString(), "/");
        }

        long r = DivideRounded(x.Months, y);
        if (r != (int)r)
        {
            SqlErrors.Throw($"interval out of range: {x} / {y}");
        }

        return new SqlMonthInterval((int)r);
    }

    /// <summary><c>interval / double</c> (year-month), rounded to the month half away from zero; throws on division by zero.</summary>
    public static SqlMonthInterval Divide(SqlMonthInterval x, double y)
    {
        if (y == 0)
        {
            SqlErrors.DivisionByZero(x.ToString(), "/");
        }

        return new SqlMonthInterval(RoundToInt32(x.Months / y, x, "/", y));
    }

    // ---------------------------------------------------------------- helpers

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SqlTimestamp ToTimestamp(SqlDate date) => new(CivilCalendar.DateToMicros(date.Days));

    private static void OutOfRange(SqlTimestamp x, string op, SqlDayTimeInterval y) =>
        SqlErrors.Throw($"timestamp out of range: {x} {op} {y}");

    /// <summary>Integer division rounded half away from zero.</summary>
    private static long DivideRounded(long x, long y)
    {
        long q = x / y;
        long r = x % y;
        ulong absR = r < 0 ? 0UL - (ulong)r : (ulong)r;
        ulong absY = y < 0 ? 0UL - (ulong)y : (ulong)y;
        if (absR >= absY - absR)
        {
            q += (x < 0) == (y < 0) ? 1 : -1;
        }

        return q;
    }

    private static long RoundToInt64(double value, object left, string op, double right)
    {
        double r = Math.Round(value, MidpointRounding.AwayFromZero);
        if (!(r >= -9.2233720368547758E18 && r < 9.2233720368547758E18))
        {
            SqlErrors.Throw($"interval out of range: {left} {op} {SqlText.FormatDouble(right)}");
        }

        return (long)r;
    }

    private static int RoundToInt32(double value, object left, string op, double right)
    {
        double r = Math.Round(value, MidpointRounding.AwayFromZero);
        if (!(r >= int.MinValue && r <= int.MaxValue))
        {
            SqlErrors.Throw($"interval out of range: {left} {op} {SqlText.FormatDouble(right)}");
        }

        return (int)r;
    }
}
