using System.Globalization;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Interval text. Output follows PostgreSQL's default <c>IntervalStyle = postgres</c> (<c>1 year 2 mons</c>,
/// <c>3 days 04:05:06.5</c>, <c>-00:00:01</c>, <c>00:00:00</c> for zero). Input accepts that format plus unit words
/// (<c>2 hours 30 minutes</c>, abbreviations, plurals, <c>ago</c>), SQL-standard <c>Y-M</c> and <c>D H:M:S</c>, and ISO 8601
/// (<c>P1Y2M</c>, <c>P3DT4H5M6.5S</c>).
/// </summary>
internal static class IntervalText
{
    internal static string FormatMonths(int months)
    {
        if (months == 0)
        {
            return "00:00:00";
        }

        int years = months / 12;
        int mons = months % 12;
        var sb = new System.Text.StringBuilder(24);
        if (years != 0)
        {
            sb.Append(years.ToString(CultureInfo.InvariantCulture)).Append(years == 1 ? " year" : " years");
        }

        if (mons != 0)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(mons.ToString(CultureInfo.InvariantCulture)).Append(mons == 1 ? " mon" : " mons");
        }

        return sb.ToString();
    }

    internal static string FormatMicros(long micros)
    {
        bool negative = micros < 0;
        ulong abs = negative ? 0UL - (ulong)micros : (ulong)micros;
        ulong days = abs / (ulong)CivilCalendar.MicrosPerDay;
        long rem = (long)(abs % (ulong)CivilCalendar.MicrosPerDay);
        Span<char> buf = stackalloc char[64];
        int o = 0;
        if (days != 0)
        {
            if (negative)
            {
                buf[o++] = '-';
            }

            days.TryFormat(buf[o..], out int w, default, CultureInfo.InvariantCulture);
            o += w;
            string unit = days == 1 && !negative ? " day" : " days";
            unit.CopyTo(buf[o..]);
            o += unit.Length;
        }

        if (days == 0 || rem != 0)
        {
            if (days != 0)
            {
                buf[o++] = ' ';
            }

            if (negative)
            {
                buf[o++] = '-';
            }

            o += DateTimeText.WriteTime(buf[o..], rem / CivilCalendar.MicrosPerHour, (int)(rem / CivilCalendar.MicrosPerMinute % 60), (int)(rem / CivilCalendar.MicrosPerSecond % 60), rem % CivilCalendar.MicrosPerSecond, 6);
        }

        return new string(buf[..o]);
    }

    // ---------------------------------------------------------------- parsing

    /// <summary>Parses interval text into months and microseconds. A lone number without a unit counts as months when
    /// <paramref name="bareIsMonths"/>, else as seconds (PostgreSQL).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, bool bareIsMonths, out long months, out long micros)
    {
        months = 0;
        micros = 0;
        ReadOnlySpan<char> s = text.Trim();
        if (s.Length > 0 && s[0] == '@')
        {
            s = s[1..].TrimStart();
        }

        if (s.IsEmpty)
        {
            return false;
        }

        decimal m = 0;
        decimal us = 0;
        try
        {
            int signLen = s[0] is '+' or '-' ? 1 : 0;
            if (signLen < s.Length && s[signLen] is 'P' or 'p')
            {
                if (!TryParseIso(s[(signLen + 1)..], ref m, ref us))
                {
                    return false;
                }

                if (s[0] == '-')
                {
                    m = -m;
                    us = -us;
                }
            }
            else if (!TryParseWords(s, bareIsMonths, ref m, ref us))
            {
                return false;
            }

            if (m != decimal.Truncate(m))
            {
                return false;
            }

            months = decimal.ToInt64(m);
            micros = decimal.ToInt64(decimal.Round(us, MidpointRounding.AwayFromZero));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool TryParseWords(ReadOnlySpan<char> s, bool bareIsMonths, ref decimal months, ref decimal micros)
    {
        decimal? pending = null;
        bool any = false;
        int i = 0;
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (i >= s.Length)
            {
                break;
            }

            int start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            ReadOnlySpan<char> token = s[start..i];
            if (token.Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                if (pending is not null || !any)
                {
                    return false;
                }

                months = -months;
                micros = -micros;
                while (i < s.Length && char.IsWhiteSpace(s[i]))
                {
                    i++;
                }

                return i == s.Length;
            }

            if (token.Contains(':'))
            {
                if (!TryParseClock(token, out decimal clock))
                {
                    return false;
                }

                if (pending is { } days)
                {
                    micros += days * CivilCalendar.MicrosPerDay;
                    pending = null;
                }

                micros += clock;
                any = true;
                continue;
            }

            if (IsYearMonth(token, out decimal ym))
            {
                if (pending is not null)
                {
                    return false;
                }

                months += ym;
                any = true;
                continue;
            }

            if (pending is not null)
            {
                // "<number> <unit>"
                if (!ApplyUnit(token, pending.Value, ref months, ref micros))
                {
                    return false;
                }

                pending = null;
                any = true;
                continue;
            }

            // A number, possibly with the unit attached ("5days", "1h").
            int k = 0;
            if (k < token.Length && token[k] is '+' or '-')
            {
                k++;
            }

            while (k < token.Length && (char.IsAsciiDigit(token[k]) || token[k] == '.'))
            {
                k++;
            }

            if (!decimal.TryParse(token[..k], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
            {
                return false;
            }

            if (k == token.Length)
            {
                pending = number;
            }
            else
            {
                if (!ApplyUnit(token[k..], number, ref months, ref micros))
                {
                    return false;
                }

                any = true;
            }
        }

        if (pending is { } bare)
        {
            if (bareIsMonths)
            {
                months += bare;
            }
            else
            {
                micros += bare * CivilCalendar.MicrosPerSecond;
            }

            any = true;
        }

        return any;
    }

    /// <summary><c>[+-]H:M[:S[.f]]</c> with unbounded hours, to microseconds.</summary>
    private static bool TryParseClock(ReadOnlySpan<char> token, out decimal micros)
    {
        micros = 0;
        bool negative = false;
        if (token.Length > 0 && token[0] is '+' or '-')
        {
            negative = token[0] == '-';
            token = token[1..];
        }

        int c1 = token.IndexOf(':');
        if (c1 <= 0 || !long.TryParse(token[..c1], NumberStyles.None, CultureInfo.InvariantCulture, out long h))
        {
            return false;
        }

        ReadOnlySpan<char> rest = token[(c1 + 1)..];
        int c2 = rest.IndexOf(':');
        ReadOnlySpan<char> minText = c2 < 0 ? rest : rest[..c2];
        if (minText.Length is < 1 or > 2 || !int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out int mi) || mi > 59)
        {
            return false;
        }

        decimal sec = 0;
        if (c2 >= 0)
        {
            ReadOnlySpan<char> secText = rest[(c2 + 1)..];
            if (secText.IsEmpty || !char.IsAsciiDigit(secText[0])
                || !decimal.TryParse(secText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out sec) || sec >= 60)
            {
                return false;
            }
        }

        micros = h * (decimal)CivilCalendar.MicrosPerHour + mi * CivilCalendar.MicrosPerMinute + sec * CivilCalendar.MicrosPerSecond;
        if (negative)
        {
            micros = -micros;
        }

        return true;
    }

    /// <summary>SQL-standard year-month text <c>[+-]Y-M</c>.</summary>
    private static bool IsYearMonth(ReadOnlySpan<char> token, out decimal months)
    {
        months = 0;
        bool negative = false;
        if (token.Length > 0 && token[0] is '+' or '-')
        {
            negative = token[0] == '-';
            token = token[1..];
        }

        int dash = token.IndexOf('-');
        if (dash <= 0 || dash == token.Length - 1)
        {
            return false;
        }

        if (!long.TryParse(token[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out long y)
            || !int.TryParse(token[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m > 11)
        {
            return false;
        }

        months = (decimal)y * 12 + m;
        if (negative)
        {
            months = -months;
        }

        return true;
    }

    private static bool ApplyUnit(ReadOnlySpan<char> unitText, decimal value, ref decimal months, ref decimal micros)
    {
        Span<char> lower = stackalloc char[16];
        if (unitText.Length > lower.Length)
        {
            return false;
        }

        int n = unitText.ToLowerInvariant(lower);
        ReadOnlySpan<char> unit = lower[..n];
        if (unit.Length > 1 && unit[^1] == ',')
        {
            unit = unit[..^1];
        }

        switch (unit)
        {
            case "millennium" or "millennia" or "millenniums" or "mil" or "mils":
                months += value * 12000;
                return true;
            case "century" or "centuries" or "c" or "cent":
                months += value * 1200;
                return true;
            case "decade" or "decades" or "dec" or "decs":
                months += value * 120;
                return true;
            case "year" or "years" or "y" or "yr" or "yrs":
                months += value * 12;
                return true;
            case "month" or "months" or "mon" or "mons":
                months += value;
                return true;
            case "week" or "weeks" or "w":
                micros += value * 7 * CivilCalendar.MicrosPerDay;
                return true;
            case "day" or "days" or "d":
                micros += value * CivilCalendar.MicrosPerDay;
                return true;
            case "hour" or "hours" or "h" or "hr" or "hrs":
                micros += value * CivilCalendar.MicrosPerHour;
                return true;
            case "minute" or "minutes" or "m" or "min" or "mins":
                micros += value * CivilCalendar.MicrosPerMinute;
                return true;
            case "second" or "seconds" or "s" or "sec" or "secs":
                micros += value * CivilCalendar.MicrosPerSecond;
                return true;
            case "millisecond" or "milliseconds" or "ms" or "msec" or "msecs":
                micros += value * CivilCalendar.MicrosPerMillisecond;
                return true;
            case "microsecond" or "microseconds" or "us" or "usec" or "usecs":
                micros += value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>ISO 8601 duration body after the <c>P</c>: <c>[nY][nM][nW][nD][T[nH][nM][nS]]</c>.</summary>
    private static bool TryParseIso(ReadOnlySpan<char> s, ref decimal months, ref decimal micros)
    {
        bool timePart = false;
        bool any = false;
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] is 'T' or 't')
            {
                if (timePart)
                {
                    return false;
                }

                timePart = true;
                i++;
                continue;
            }

            int start = i;
            if (s[i] is '+' or '-')
            {
                i++;
            }

            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (i == start || i >= s.Length
                || !decimal.TryParse(s[start..i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal v))
            {
                return false;
            }

            char designator = char.ToUpperInvariant(s[i++]);
            switch (designator)
            {
                case 'Y' when !timePart: months += v * 12; break;
                case 'M' when !timePart: months += v; break;
                case 'W' when !timePart: micros += v * 7 * CivilCalendar.MicrosPerDay; break;
                case 'D' when !timePart: micros += v * CivilCalendar.MicrosPerDay; break;
                case 'H' when timePart: micros += v * CivilCalendar.MicrosPerHour; break;
                case 'M' when timePart: micros += v * CivilCalendar.MicrosPerMinute; break;
                case 'S' when timePart: micros += v * CivilCalendar.MicrosPerSecond; break;
                default: return false;
            }

            any = true;
        }

        return any;
    }
}
