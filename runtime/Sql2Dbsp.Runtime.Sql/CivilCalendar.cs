using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01) with astronomical years
/// (year 0 = 1 BC). Algorithms from Howard Hinnant's "chrono-compatible low-level date algorithms"; valid for every
/// <see cref="long"/> day number the callers produce.
/// </summary>
internal static class CivilCalendar
{
    internal const long MicrosPerMillisecond = 1_000;
    internal const long MicrosPerSecond = 1_000_000;
    internal const long MicrosPerMinute = 60 * MicrosPerSecond;
    internal const long MicrosPerHour = 60 * MicrosPerMinute;
    internal const long MicrosPerDay = 24 * MicrosPerHour;
    internal const long NanosPerMicro = 1_000;
    internal const long NanosPerSecond = 1_000_000_000;
    internal const long NanosPerMinute = 60 * NanosPerSecond;
    internal const long NanosPerHour = 60 * NanosPerMinute;
    internal const long NanosPerDay = 24 * NanosPerHour;

    /// <summary>Day number of the given civil date.</summary>
    internal static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>Civil date of the given day number.</summary>
    internal static void CivilFromDays(long z, out long year, out int month, out int day)
    {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        day = (int)(doy - (153 * mp + 2) / 5 + 1);
        month = (int)(mp < 10 ? mp + 3 : mp - 9);
        year = month <= 2 ? y + 1 : y;
    }

    internal static bool IsLeapYear(long y) => (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);

    internal static int DaysInMonth(long y, int m) => m switch
    {
        2 => IsLeapYear(y) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Day of the week, Sunday = 0 .. Saturday = 6.</summary>
    internal static int DayOfWeek(long days) => (int)FloorMod(days + 4, 7); // 1970-01-01 was a Thursday

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && ((a ^ b) < 0)) ? q - 1 : q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long FloorMod(long a, long b)
    {
        long r = a % b;
        return (r != 0 && ((r ^ b) < 0)) ? r + b : r;
    }

    /// <summary>The largest day number whose midnight is a representable TIMESTAMP.</summary>
    internal const long MaxTimestampDays = long.MaxValue / MicrosPerDay;

    /// <summary>Midnight of a day as TIMESTAMP microseconds; throws when the day is beyond the TIMESTAMP range
    /// (about 292 000 years around 1970).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long DateToMicros(int days)
    {
        if (days > MaxTimestampDays || days < -MaxTimestampDays)
        {
            SqlErrors.OutOfRange(DateTimeText.FormatDate(days), "TIMESTAMP");
        }

        return days * MicrosPerDay;
    }

    /// <summary>Adds months to a civil date, clamping the day to the end of the resulting month (PostgreSQL).</summary>
    internal static long AddMonths(long days, long months)
    {
        CivilFromDays(days, out long y, out int m, out int d);
        long total = checked(y * 12 + (m - 1) + months);
        long ny = FloorDiv(total, 12);
        int nm = (int)FloorMod(total, 12) + 1;
        int dim = DaysInMonth(ny, nm);
        return DaysFromCivil(ny, nm, d > dim ? dim : d);
    }
}
