using System.Globalization;
using System.Text;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>
/// Renders one result value as the reference runner prints it for the column's type letter: NULL as <c>NULL</c>;
/// <c>I</c> as a 32-bit integer (<see cref="SqliteNumbers.IntegerOf(double)"/> and friends; booleans 1/0);
/// <c>R</c> as SQLite's <c>%.3f</c>; <c>T</c> as text, where the empty string is <c>(empty)</c> and every byte outside
/// the printable ASCII range becomes <c>@</c>. Text forms of non-string values follow PostgreSQL's output (our dialect),
/// since SQLite's corpus only has strings and integers in T columns.
/// </summary>
internal static class ValueRenderer
{
    /// <summary>Renders <paramref name="value"/> for type letter <paramref name="type"/>; <paramref name="sqlType"/> (the
    /// column's SQL type, if known) gives DECIMAL values their declared scale.</summary>
    public static string Render(object? value, char type, SqlType? sqlType = null)
    {
        if (value is null) return "NULL";
        return type switch
        {
            'I' => IntegerOf(value, sqlType).ToString(CultureInfo.InvariantCulture),
            'R' => SqliteNumbers.FormatFixed3(RealOf(value, sqlType)),
            _ => Printable(Text(value, sqlType)),
        };
    }

    private static int IntegerOf(object value, SqlType? sqlType) => value switch
    {
        bool b => b ? 1 : 0,
        sbyte or short or int or long => unchecked((int)Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        byte or ushort or uint or ulong => unchecked((int)Convert.ToUInt64(value, CultureInfo.InvariantCulture)),
        SqlDecimal d => SqliteNumbers.IntegerOf(d),
        double d => SqliteNumbers.IntegerOf(d),
        float f => SqliteNumbers.IntegerOf(f),
        string s => SqliteNumbers.IntegerOf(s),
        _ => SqliteNumbers.IntegerOf(Text(value, sqlType)),
    };

    private static double RealOf(object value, SqlType? sqlType) => value switch
    {
        bool b => b ? 1 : 0,
        sbyte or short or int or long or byte or ushort or uint or ulong or double or float =>
            Convert.ToDouble(value, CultureInfo.InvariantCulture),
        SqlDecimal d => d.ToDouble(),
        string s => SqliteNumbers.RealOf(s),
        _ => SqliteNumbers.RealOf(Text(value, sqlType)),
    };

    /// <summary>The text of a non-null value, as PostgreSQL prints it.</summary>
    internal static string Text(object value, SqlType? sqlType) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        SqlDecimal d when sqlType is { Kind: SqlTypeKind.Decimal, Scale: >= 0 } => SqlDecimal.Round(d, sqlType.Scale).ToString(),
        SqlDecimal d => d.ToString(),
        double d => Float(d),
        float f => Float(f),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + Fraction(t.Ticks % TimeSpan.TicksPerSecond),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + Fraction(t.Ticks % TimeSpan.TicksPerSecond),
        TimeSpan t => Interval(t),
        SqlMonthInterval m => Interval(m.Months),
        byte[] bytes => "\\x" + Convert.ToHexStringLower(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Shortest round-trip digits, with PostgreSQL's spellings of the exponent and the special values.</summary>
    private static string Float(double d) =>
        double.IsNaN(d) ? "NaN" :
        double.IsPositiveInfinity(d) ? "Infinity" :
        double.IsNegativeInfinity(d) ? "-Infinity" :
        d.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    /// <summary>Fractional seconds as PostgreSQL prints them: omitted when zero, trailing zeros dropped.</summary>
    private static string Fraction(long ticks) =>
        ticks == 0 ? "" : "." + (ticks / 10).ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0');

    /// <summary>A day-time interval in PostgreSQL's default style: <c>[N day[s] ][-]HH:MM:SS[.ffffff]</c>.</summary>
    private static string Interval(TimeSpan t)
    {
        var sb = new StringBuilder();
        int days = t.Days;
        var time = t - TimeSpan.FromDays(days);
        if (days != 0) sb.Append(days.ToString(CultureInfo.InvariantCulture)).Append(Math.Abs(days) == 1 ? " day" : " days");
        if (time != TimeSpan.Zero || days == 0)
        {
            if (sb.Length > 0) sb.Append(' ');
            if (time < TimeSpan.Zero)
            {
                sb.Append('-');
                time = time.Negate();
            }
            sb.Append(((int)time.TotalHours).ToString("D2", CultureInfo.InvariantCulture)).Append(':')
              .Append(time.Minutes.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
              .Append(time.Seconds.ToString("D2", CultureInfo.InvariantCulture))
              .Append(Fraction(time.Ticks % TimeSpan.TicksPerSecond));
        }
        return sb.ToString();
    }

    /// <summary>A year-month interval in PostgreSQL's default style: <c>N year[s] M mon[s]</c>, <c>0</c> parts omitted.</summary>
    private static string Interval(int months)
    {
        if (months == 0) return "00:00:00";
        int years = months / 12, rest = months % 12;
        var parts = new List<string>();
        if (years != 0) parts.Add(years.ToString(CultureInfo.InvariantCulture) + (Math.Abs(years) == 1 ? " year" : " years"));
        if (rest != 0) parts.Add(rest.ToString(CultureInfo.InvariantCulture) + (Math.Abs(rest) == 1 ? " mon" : " mons"));
        return string.Join(' ', parts);
    }

    /// <summary>The reference runner's T rendering: <c>(empty)</c> for "", <c>@</c> for each unprintable UTF-8 byte.</summary>
    internal static string Printable(string text)
    {
        if (text.Length == 0) return "(empty)";
        bool clean = true;
        foreach (char c in text) clean &= c is >= ' ' and <= '~';
        if (clean) return text;
        var sb = new StringBuilder(text.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(text)) sb.Append(b is >= 0x20 and <= 0x7E ? (char)b : '@');
        return sb.ToString();
    }
}
