using System.Globalization;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>Parsing and printing of DATE, TIME and TIMESTAMP text (ISO 8601 / PostgreSQL formats).</summary>
internal static class DateTimeText
{
    /// <summary>Writes <c>YYYY-MM-DD</c> (at least four year digits; years &lt;= 0 print as <c>YYYY-MM-DD BC</c> at the
    /// end of the whole value, which the caller appends via <paramref name="bc"/>).</summary>
    internal static int WriteDate(Span<char> dst, long days, out bool bc)
    {
        CivilCalendar.CivilFromDays(days, out long y, out int m, out int d);
        bc = y <= 0;
        if (bc)
        {
            y = 1 - y;
        }

        int o = 0;
        if (y < 1000)
        {
            int pad = y < 10 ? 3 : y < 100 ? 2 : 1;
            for (int i = 0; i < pad; i++)
            {
                dst[o++] = '0';
            }
        }

        y.TryFormat(dst[o..], out int w, default, CultureInfo.InvariantCulture);
        o += w;
        dst[o++] = '-';
        o += Write2(dst[o..], m);
        dst[o++] = '-';
        o += Write2(dst[o..], d);
        return o;
    }

    /// <summary>Writes <c>HH:MM:SS</c> followed by the fraction of a second (from <paramref name="fraction"/>, expressed
    /// with <paramref name="fractionDigits"/> digits) with trailing zeros removed, or nothing when it is zero.</summary>
    internal static int WriteTime(Span<char> dst, long hours, int minutes, int seconds, long fraction, int fractionDigits)
    {
        int o = 0;
        if (hours < 10)
        {
            dst[o++] = '0';
        }

        hours.TryFormat(dst[o..], out int w, default, CultureInfo.InvariantCulture);
        o += w;
        dst[o++] = ':';
        o += Write2(dst[o..], minutes);
        dst[o++] = ':';
        o += Write2(dst[o..], seconds);
        if (fraction != 0)
        {
            dst[o++] = '.';
            int digits = fractionDigits;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            long div = 1;
            for (int i = 1; i < digits; i++)
            {
                div *= 10;
            }

            for (int i = 0; i < digits; i++)
            {
                dst[o++] = (char)('0' + (fraction / div % 10));
                div /= 10;
            }
        }

        return o;
    }

    private static int Write2(Span<char> dst, int v)
    {
        dst[0] = (char)('0' + v / 10);
        dst[1] = (char)('0' + v % 10);
        return 2;
    }

    internal static string FormatDate(int days)
    {
        Span<char> buf = stackalloc char[32];
        int n = WriteDate(buf, days, out bool bc);
        if (bc)
        {
            " BC".CopyTo(buf[n..]);
            n += 3;
        }

        return new string(buf[..n]);
    }

    internal static string FormatTime(long nanos)
    {
        Span<char> buf = stackalloc char[32];
        long h = nanos / CivilCalendar.NanosPerHour;
        long rest = nanos % CivilCalendar.NanosPerHour;
        int n = WriteTime(buf, h, (int)(rest / CivilCalendar.NanosPerMinute), (int)(rest / CivilCalendar.NanosPerSecond % 60), rest % CivilCalendar.NanosPerSecond, 9);
        return new string(buf[..n]);
    }

    internal static string FormatTimestamp(long micros)
    {
        long days = CivilCalendar.FloorDiv(micros, CivilCalendar.MicrosPerDay);
        long tod = micros - days * CivilCalendar.MicrosPerDay;
        Span<char> buf = stackalloc char[48];
        int n = WriteDate(buf, days, out bool bc);
        buf[n++] = ' ';
        n += WriteTime(buf[n..], tod / CivilCalendar.MicrosPerHour, (int)(tod / CivilCalendar.MicrosPerMinute % 60), (int)(tod / CivilCalendar.MicrosPerSecond % 60), tod % CivilCalendar.MicrosPerSecond, 6);
        if (bc)
        {
            " BC".CopyTo(buf[n..]);
            n += 3;
        }

        return new string(buf[..n]);
    }

    // ---------------------------------------------------------------- parsing

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    /// <summary>Reads 1..maxDigits decimal digits.</summary>
    private static bool ReadNumber(ReadOnlySpan<char> s, ref int i, int maxDigits, out long value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && IsDigit(s[i]) && i - start < maxDigits)
        {
            value = value * 10 + (s[i] - '0');
            i++;
        }

        return i > start && (i >= s.Length || !IsDigit(s[i]));
    }

    /// <summary>Parses <c>Y-M-D</c> (year: 1 to 9 digits; month and day: 1 or 2 digits).</summary>
    private static bool ReadDate(ReadOnlySpan<char> s, ref int i, out long y, out int m, out int d)
    {
        m = d = 0;
        if (!ReadNumber(s, ref i, 9, out y) || i >= s.Length || s[i] != '-')
        {
            return false;
        }

        i++;
        if (!ReadNumber(s, ref i, 2, out long mm) || i >= s.Length || s[i] != '-')
        {
            return false;
        }

        i++;
        if (!ReadNumber(s, ref i, 2, out long dd))
        {
            return false;
        }

        m = (int)mm;
        d = (int)dd;
        return true;
    }

    /// <summary>Parses <c>H:MM[:SS[.fraction]]</c> into nanoseconds since midnight (fraction digits beyond 9 are
    /// dropped).</summary>
    private static bool ReadTime(ReadOnlySpan<char> s, ref int i, out long nanos)
    {
        nanos = 0;
        if (!ReadNumber(s, ref i, 2, out long h) || i >= s.Length || s[i] != ':')
        {
            return false;
        }

        i++;
        if (!ReadNumber(s, ref i, 2, out long mi))
        {
            return false;
        }

        long sec = 0;
        long frac = 0;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            if (!ReadNumber(s, ref i, 2, out sec))
            {
                return false;
            }

            if (i < s.Length && s[i] == '.')
            {
                i++;
                int digits = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (digits < 9)
                    {
                        frac = frac * 10 + (s[i] - '0');
                        digits++;
                    }

                    i++;
                }

                for (; digits < 9; digits++)
                {
                    frac *= 10;
                }
            }
        }

        if (h > 23 || mi > 59 || sec > 59)
        {
            return false;
        }

        nanos = h * CivilCalendar.NanosPerHour + mi * CivilCalendar.NanosPerMinute + sec * CivilCalendar.NanosPerSecond + frac;
        return true;
    }

    /// <summary>Skips an ignored time zone suffix (<c>Z</c>, <c>+05</c>, <c>-08:00</c>, <c>+0530</c>): a TIMESTAMP or TIME
    /// without time zone ignores it, as PostgreSQL does.</summary>
    private static void SkipZone(ReadOnlySpan<char> s, ref int i)
    {
        int save = i;
        SkipSpaces(s, ref i);
        if (i < s.Length && (s[i] == 'Z' || s[i] == 'z'))
        {
            i++;
            return;
        }

        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            int j = i + 1;
            int digits = 0;
            while (j < s.Length && (IsDigit(s[j]) || s[j] == ':'))
            {
                digits += IsDigit(s[j]) ? 1 : 0;
                j++;
            }

            if (digits is >= 1 and <= 6)
            {
                i = j;
                return;
            }
        }

        i = save;
    }

    /// <summary>Reads an optional trailing era (<c>BC</c> / <c>AD</c>).</summary>
    private static bool ReadEra(ReadOnlySpan<char> s, ref int i, out bool bc)
    {
        bc = false;
        int save = i;
        SkipSpaces(s, ref i);
        if (i + 2 <= s.Length)
        {
            ReadOnlySpan<char> word = s.Slice(i, 2);
            if (word.Equals("BC", StringComparison.OrdinalIgnoreCase))
            {
                bc = true;
                i += 2;
                return true;
            }

            if (word.Equals("AD", StringComparison.OrdinalIgnoreCase))
            {
                i += 2;
                return true;
            }
        }

        i = save;
        return false;
    }

    private static bool ToDays(long y, int m, int d, bool bc, out long days)
    {
        days = 0;
        if (m is < 1 or > 12 || y == 0 && !bc)
        {
            return false;
        }

        if (bc)
        {
            if (y == 0)
            {
                return false;
            }

            y = 1 - y;
        }

        if (d < 1 || d > CivilCalendar.DaysInMonth(y, m))
        {
            return false;
        }

        days = CivilCalendar.DaysFromCivil(y, m, d);
        return true;
    }

    internal static bool TryParseDate(ReadOnlySpan<char> s, out int days)
    {
        days = 0;
        s = s.Trim();
        int i = 0;
        if (!ReadDate(s, ref i, out long y, out int m, out int d))
        {
            return false;
        }

        // A DATE accepts (and ignores) a time part, as PostgreSQL does for '2024-01-31 12:00:00'.
        if (i < s.Length && (s[i] == 'T' || s[i] == 't' || s[i] == ' '))
        {
            int j = i + 1;
            SkipSpaces(s, ref j);
            if (j < s.Length && IsDigit(s[j]) && ReadTime(s, ref j, out _))
            {
                i = j;
                SkipZone(s, ref i);
            }
        }

        ReadEra(s, ref i, out bool bc);
        if (i != s.Length || !ToDays(y, m, d, bc, out long dd) || dd < int.MinValue || dd > int.MaxValue)
        {
            return false;
        }

        days = (int)dd;
        return true;
    }

    internal static bool TryParseTime(ReadOnlySpan<char> s, out long nanos)
    {
        s = s.Trim();
        int i = 0;

        // Accept and ignore a leading date ('2024-01-31 12:30:00'), as PostgreSQL does.
        int probe = 0;
        if (ReadDate(s, ref probe, out _, out _, out _) && probe < s.Length && (s[probe] == ' ' || s[probe] == 'T' || s[probe] == 't'))
        {
            i = probe + 1;
            SkipSpaces(s, ref i);
        }

        if (!ReadTime(s, ref i, out nanos))
        {
            return false;
        }

        SkipZone(s, ref i);
        return i == s.Length;
    }

    internal static bool TryParseTimestamp(ReadOnlySpan<char> s, out long micros)
    {
        micros = 0;
        s = s.Trim();
        int i = 0;
        if (!ReadDate(s, ref i, out long y, out int m, out int d))
        {
            return false;
        }

        long nanos = 0;
        if (i < s.Length && (s[i] == 'T' || s[i] == 't' || s[i] == ' '))
        {
            int j = i + 1;
            SkipSpaces(s, ref j);
            if (j < s.Length && IsDigit(s[j]))
            {
                if (!ReadTime(s, ref j, out nanos))
                {
                    return false;
                }

                i = j;
                SkipZone(s, ref i);
            }
        }

        ReadEra(s, ref i, out bool bc);
        if (i != s.Length || !ToDays(y, m, d, bc, out long days))
        {
            return false;
        }

        // Round the nanoseconds half up to microseconds (PostgreSQL rounds input to the column's precision).
        long us = (nanos + CivilCalendar.NanosPerMicro / 2) / CivilCalendar.NanosPerMicro;
        try
        {
            micros = checked(days * CivilCalendar.MicrosPerDay + us);
        }
        catch (OverflowException)
        {
            return false;
        }

        return true;
    }
}
