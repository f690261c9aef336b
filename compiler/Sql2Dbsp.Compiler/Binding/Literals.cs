using System.Globalization;
using System.Text.RegularExpressions;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>Parses typed literals into the canonical literal values of <see cref="LiteralExpr"/>.</summary>
internal static partial class Literals
{
    private const long MicrosPerSecond = 1_000_000;
    private const long MicrosPerDay = 86_400 * MicrosPerSecond;

    public static LiteralExpr? Typed(TypedLiteral t)
    {
        string v = t.Value.Trim();
        switch (t.TypeName)
        {
            case "DATE":
                return ParseDate(v) is long days ? new LiteralExpr(days, SqlType.Date()) : null;
            case "TIME":
                return ParseTime(v) is long micros ? new LiteralExpr(micros * 1000, SqlType.Time()) : null;
            case "TIMESTAMP":
                {
                    var parts = v.Split([' ', 'T'], 2, StringSplitOptions.RemoveEmptyEntries);
                    if (ParseDate(parts[0]) is not long d) return null;
                    long time = 0;
                    if (parts.Length == 2)
                    {
                        if (ParseTime(parts[1]) is not long tm) return null;
                        time = tm;
                    }
                    return new LiteralExpr(d * MicrosPerDay + time, SqlType.Timestamp());
                }
            default:
                return null;
        }
    }

    private static long? ParseDate(string s)
    {
        var m = DateRegex().Match(s);
        if (!m.Success) return null;
        int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d).DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    }

    /// <summary>hh:mm[:ss[.fraction]] → microseconds since midnight.</summary>
    private static long? ParseTime(string s)
    {
        var m = TimeRegex().Match(s);
        if (!m.Success) return null;
        int h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mi = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int sec = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (h > 23 || mi > 59 || sec > 59) return null;
        long micros = ((h * 60L + mi) * 60 + sec) * MicrosPerSecond;
        if (m.Groups[4].Success) micros += long.Parse(m.Groups[4].Value.PadRight(6, '0')[..6], CultureInfo.InvariantCulture);
        return micros;
    }

    public static LiteralExpr? Interval(IntervalLiteral i)
    {
        string v = i.Value.Trim();
        bool negative = i.Negative;
        if (v.StartsWith('-')) { negative = !negative; v = v[1..].Trim(); }
        else if (v.StartsWith('+')) v = v[1..].Trim();
        long sign = negative ? -1 : 1;
        string start = i.StartUnit, end = i.EndUnit ?? i.StartUnit;
        if (start is "YEAR" or "MONTH")
        {
            long months;
            if (start == "YEAR" && end == "MONTH")
            {
                var m = YearMonthRegex().Match(v);
                if (!m.Success) return null;
                months = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 12 + long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            }
            else if (long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out long n)) months = start == "YEAR" ? n * 12 : n;
            else return null;
            return new LiteralExpr(sign * months, SqlType.IntervalYearMonth());
        }
        // Day-time: accept "D HH:MM:SS.f" shapes trimmed to the units given, or a single (possibly fractional) number.
        if (start == end)
        {
            if (!decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n)) return null;
            decimal unit = start switch { "WEEK" => 7 * MicrosPerDay, "DAY" => MicrosPerDay, "HOUR" => 3600m * MicrosPerSecond, "MINUTE" => 60m * MicrosPerSecond, _ => MicrosPerSecond };
            return new LiteralExpr(sign * (long)decimal.Round(n * unit), SqlType.IntervalDayTime());
        }
        var dt = DayTimeRegex().Match(v);
        if (!dt.Success) return null;
        // Fields present in order from the start unit: e.g. DAY TO SECOND "1 02:03:04.5", HOUR TO SECOND "02:03:04".
        var numbers = new List<string>();
        if (dt.Groups[1].Success) numbers.Add(dt.Groups[1].Value);
        numbers.AddRange(dt.Groups[2].Value.Split(':'));
        string[] units = ["DAY", "HOUR", "MINUTE", "SECOND"];
        int first = Array.IndexOf(units, start), last = Array.IndexOf(units, end);
        if (first < 0 || last < first || numbers.Count != last - first + 1) return null;
        decimal total = 0;
        for (int k = 0; k < numbers.Count; k++)
        {
            if (!decimal.TryParse(numbers[k], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal part)) return null;
            total += part * (units[first + k] switch { "DAY" => MicrosPerDay, "HOUR" => 3600m * MicrosPerSecond, "MINUTE" => 60m * MicrosPerSecond, _ => MicrosPerSecond });
        }
        return new LiteralExpr(sign * (long)decimal.Round(total), SqlType.IntervalDayTime());
    }

    [GeneratedRegex(@"^(\d{1,4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?$")]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^(\d+)-(\d+)$")]
    private static partial Regex YearMonthRegex();

    [GeneratedRegex(@"^(?:(\d+)\s+)?([\d:.]+)$")]
    private static partial Regex DayTimeRegex();
}
