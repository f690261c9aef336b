using System.Globalization;
using System.Text;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>Window starts (TUMBLE, HOP) and strftime-style formatting (FORMAT_TIMESTAMP, FORMAT_DATE, FORMAT_TIME).</summary>
public static partial class SqlDateTime
{
    /// <summary>
    /// The start of the window of length <paramref name="size"/> aligned at <paramref name="offset"/> that holds
    /// <paramref name="ts"/>: <c>offset + ⌊(ts − offset) / size⌋ · size</c>, rounding toward −∞ so that timestamps
    /// before the epoch fall in the window that starts before them.
    /// </summary>
    public static SqlTimestamp TumbleStart(SqlTimestamp ts, SqlDayTimeInterval size, SqlDayTimeInterval offset)
    {
        long s = size.Microseconds, o = offset.Microseconds;
        if (s <= 0) throw SqlErrors.Error("a window size must be positive");
        long aligned = checked(CivilCalendar.FloorDiv(checked(ts.Microseconds - o), s) * s + o);
        return new SqlTimestamp(aligned);
    }

    /// <summary>Nullable form of <see cref="TumbleStart(SqlTimestamp, SqlDayTimeInterval, SqlDayTimeInterval)"/>.</summary>
    public static SqlTimestamp? TumbleStart(SqlTimestamp? ts, SqlDayTimeInterval size, SqlDayTimeInterval offset) =>
        ts.HasValue ? TumbleStart(ts.GetValueOrDefault(), size, offset) : null;

    /// <summary>FORMAT_TIMESTAMP(format, ts) with the strftime specifiers of Rust's chrono (see <see cref="Format(string, long?, long?)"/>).</summary>
    public static string Format(string format, SqlTimestamp ts) =>
        Format(format, CivilCalendar.FloorDiv(ts.Microseconds, CivilCalendar.MicrosPerDay),
            CivilCalendar.FloorMod(ts.Microseconds, CivilCalendar.MicrosPerDay) * CivilCalendar.NanosPerMicro);

    /// <summary>FORMAT_DATE(format, date): time specifiers are errors.</summary>
    public static string Format(string format, SqlDate date) => Format(format, date.Days, null);

    /// <summary>FORMAT_TIME(format, time): date specifiers are errors.</summary>
    public static string Format(string format, SqlTime time) => Format(format, null, time.Nanoseconds);

    /// <summary>Nullable form of <see cref="Format(string, SqlTimestamp)"/>.</summary>
    public static string? Format(string? format, SqlTimestamp? ts) =>
        format is not null && ts.HasValue ? Format(format, ts.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Format(string, SqlDate)"/>.</summary>
    public static string? Format(string? format, SqlDate? date) =>
        format is not null && date.HasValue ? Format(format, date.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Format(string, SqlTime)"/>.</summary>
    public static string? Format(string? format, SqlTime? time) =>
        format is not null && time.HasValue ? Format(format, time.GetValueOrDefault()) : null;

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>
    /// Formats a day number and/or a time of day (nanoseconds since midnight). Specifiers follow chrono's strftime:
    /// %Y %C %y %m %b %h %B %d %e %a %A %w %u %U %W %G %g %V %j %D %F %v, %H %k %I %l %P %p %M %S %f %.f %.3f %.6f %.9f
    /// %3f %6f %9f %R %T %X %r %s, %c %x, %t %n %%. Padding modifiers (%-d, %_d, %0e) are accepted.
    /// A specifier the value does not have (a time specifier for a DATE) or an unknown one is an error.
    /// </summary>
    private static string Format(string format, long? days, long? nanos)
    {
        var sb = new StringBuilder(format.Length + 16);
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (++i >= format.Length) throw InvalidFormat(format);
            char pad = '\0';
            if (format[i] is '-' or '_' or '0')
            {
                pad = format[i];
                if (++i >= format.Length) throw InvalidFormat(format);
            }
            char spec = format[i];
            if (spec == '.' || spec is '3' or '6' or '9')
            {
                // %.f, %.3f, %.6f, %.9f (with the point) and %3f, %6f, %9f (without).
                bool point = spec == '.';
                int digits = 0;
                if (point && i + 1 < format.Length && format[i + 1] is '3' or '6' or '9') digits = format[++i] - '0';
                else if (!point) digits = spec - '0';
                if (++i >= format.Length || format[i] != 'f') throw InvalidFormat(format);
                long ns = Time(nanos, format) % CivilCalendar.NanosPerSecond;
                if (point && digits == 0)
                {
                    // %.f: as many digits (3, 6 or 9) as needed, nothing for a whole second.
                    if (ns == 0) continue;
                    digits = ns % 1_000_000 == 0 ? 3 : ns % 1_000 == 0 ? 6 : 9;
                }
                if (point) sb.Append('.');
                sb.Append((ns / Pow10(9 - digits)).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'));
                continue;
            }
            switch (spec)
            {
                case 'Y':
                    {
                        long y = Year(days, format);
                        sb.Append(y is >= 0 and <= 9999 ? Number(y, 4, pad, '0') : (y > 0 ? "+" : "") + y.ToString(CultureInfo.InvariantCulture));
                        break;
                    }
                case 'C': sb.Append(Number(CivilCalendar.FloorDiv(Year(days, format), 100), 2, pad, '0')); break;
                case 'y': sb.Append(Number(CivilCalendar.FloorMod(Year(days, format), 100), 2, pad, '0')); break;
                case 'm': sb.Append(Number(Month(days, format), 2, pad, '0')); break;
                case 'b' or 'h': sb.Append(MonthNames[Month(days, format) - 1], 0, 3); break;
                case 'B': sb.Append(MonthNames[Month(days, format) - 1]); break;
                case 'd': sb.Append(Number(Day(days, format), 2, pad, '0')); break;
                case 'e': sb.Append(Number(Day(days, format), 2, pad, ' ')); break;
                case 'a': sb.Append(DayNames[CivilCalendar.DayOfWeek(Days(days, format))], 0, 3); break;
                case 'A': sb.Append(DayNames[CivilCalendar.DayOfWeek(Days(days, format))]); break;
                case 'w': sb.Append(CivilCalendar.DayOfWeek(Days(days, format))); break;
                case 'u': sb.Append(ExtractIsoDayOfWeek(new SqlDate((int)Days(days, format)))); break;
                case 'j': sb.Append(Number(ExtractDayOfYear(new SqlDate((int)Days(days, format))), 3, pad, '0')); break;
                case 'U' or 'W':
                    {
                        long d = Days(days, format);
                        long doy = ExtractDayOfYear(new SqlDate((int)d)) - 1;
                        int dow = CivilCalendar.DayOfWeek(d); // Sunday = 0
                        int shifted = spec == 'U' ? dow : (dow + 6) % 7; // days since the week's first day
                        sb.Append(Number((doy + 7 - shifted) / 7, 2, pad, '0'));
                        break;
                    }
                case 'G': sb.Append(Number(ExtractIsoYear(new SqlDate((int)Days(days, format))), 4, pad, '0')); break;
                case 'g': sb.Append(Number(CivilCalendar.FloorMod(ExtractIsoYear(new SqlDate((int)Days(days, format))), 100), 2, pad, '0')); break;
                case 'V': sb.Append(Number(ExtractWeek(new SqlDate((int)Days(days, format))), 2, pad, '0')); break;
                case 'D': sb.Append(Format("%m/%d/%y", days, nanos)); break;
                case 'F': sb.Append(Format("%Y-%m-%d", days, nanos)); break;
                case 'v': sb.Append(Format("%e-%b-%Y", days, nanos)); break;
                case 'x': sb.Append(Format("%m/%d/%y", days, nanos)); break;
                case 'c': sb.Append(Format("%a %b %e %H:%M:%S %Y", days, nanos)); break;
                case 'H': sb.Append(Number(Hour(nanos, format), 2, pad, '0')); break;
                case 'k': sb.Append(Number(Hour(nanos, format), 2, pad, ' ')); break;
                case 'I': sb.Append(Number(Hour12(nanos, format), 2, pad, '0')); break;
                case 'l': sb.Append(Number(Hour12(nanos, format), 2, pad, ' ')); break;
                case 'P': sb.Append(Hour(nanos, format) < 12 ? "am" : "pm"); break;
                case 'p': sb.Append(Hour(nanos, format) < 12 ? "AM" : "PM"); break;
                case 'M': sb.Append(Number(Time(nanos, format) / CivilCalendar.NanosPerMinute % 60, 2, pad, '0')); break;
                case 'S': sb.Append(Number(Time(nanos, format) / CivilCalendar.NanosPerSecond % 60, 2, pad, '0')); break;
                case 'f': sb.Append((Time(nanos, format) % CivilCalendar.NanosPerSecond).ToString("D9", CultureInfo.InvariantCulture)); break;
                case 'R': sb.Append(Format("%H:%M", days, nanos)); break;
                case 'T' or 'X': sb.Append(Format("%H:%M:%S", days, nanos)); break;
                case 'r': sb.Append(Format("%I:%M:%S %p", days, nanos)); break;
                case 's':
                    sb.Append((Days(days, format) * 86_400 + Time(nanos, format) / CivilCalendar.NanosPerSecond).ToString(CultureInfo.InvariantCulture));
                    break;
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case '%': sb.Append('%'); break;
                default: throw InvalidFormat(format);
            }
        }
        return sb.ToString();
    }

    private static long Pow10(int n)
    {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    /// <summary>A field padded to <paramref name="width"/> with <paramref name="natural"/>, or as the modifier says (- none, _ blanks, 0 zeros).</summary>
    private static string Number(long value, int width, char modifier, char natural)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        return modifier switch
        {
            '-' => text,
            '_' => text.PadLeft(width, ' '),
            '0' => text.PadLeft(width, '0'),
            _ => text.PadLeft(width, natural),
        };
    }

    private static long Days(long? days, string format) => days ?? throw SqlErrors.Error($"format '{format}' asks for a date field of a TIME value");
    private static long Time(long? nanos, string format) => nanos ?? throw SqlErrors.Error($"format '{format}' asks for a time field of a DATE value");
    private static long Hour(long? nanos, string format) => Time(nanos, format) / CivilCalendar.NanosPerHour;
    private static long Hour12(long? nanos, string format) => (Hour(nanos, format) + 11) % 12 + 1;

    private static long Year(long? days, string format)
    {
        CivilCalendar.CivilFromDays(Days(days, format), out long year, out _, out _);
        return year;
    }

    private static int Month(long? days, string format)
    {
        CivilCalendar.CivilFromDays(Days(days, format), out _, out int month, out _);
        return month;
    }

    private static int Day(long? days, string format)
    {
        CivilCalendar.CivilFromDays(Days(days, format), out _, out _, out int day);
        return day;
    }

    private static SqlRuntimeException InvalidFormat(string format) => SqlErrors.Error($"invalid date/time format '{format}'");
}
