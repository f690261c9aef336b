using System.Globalization;
using System.Text;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>
/// SQLite's conversions that the expected results were produced with: <c>sqlite3_column_int</c> (I columns),
/// <c>sqlite3_column_double</c> (R columns) and its own <c>printf("%.3f")</c>, which keeps at most 16 significant
/// digits (the 16th rounded) and pads with zeros, unlike .NET's exact formatting.
/// </summary>
internal static class SqliteNumbers
{
    private const int SignificantDigits = 16;
    private const int Decimals = 3;

    /// <summary><c>printf("%.3f", value)</c> as SQLite 3.47 prints it.</summary>
    public static string FormatFixed3(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Inf" : "-Inf";
        // SQLite prints the sign whenever the value is below zero, also when it rounds to 0.000; -0.0 has none.
        string sign = value < 0 ? "-" : "";
        double magnitude = Math.Abs(value);
        if (magnitude == 0) return "0.000";

        // "d.dddddddddddddddE±x": the 16 significant digits, correctly rounded, and the decimal exponent.
        string e = magnitude.ToString("E" + (SignificantDigits - 1), CultureInfo.InvariantCulture);
        int ePos = e.IndexOf('E');
        var digits = new StringBuilder(e[..ePos].Replace(".", "", StringComparison.Ordinal));
        int exponent = int.Parse(e[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // digits[0] has weight 10^exponent; keep the digits down to weight 10^-3, rounding half up on the next one.
        int integerDigits = exponent + 1;
        int keep = integerDigits + Decimals;
        if (keep < 0) return sign + "0.000";
        if (keep < digits.Length)
        {
            bool roundUp = digits[keep] >= '5';
            digits.Length = keep;
            if (roundUp && !Increment(digits))
            {
                digits.Insert(0, '1');
                integerDigits++;
            }
        }
        while (digits.Length < integerDigits + Decimals) digits.Append('0');

        // Place the decimal point: leading zeros for magnitudes below 1.
        if (integerDigits <= 0)
        {
            digits.Insert(0, new string('0', 1 - integerDigits));
            integerDigits = 1;
        }
        string all = digits.ToString();
        return sign + all[..integerDigits] + "." + all[integerDigits..(integerDigits + Decimals)];
    }

    /// <summary>Adds one to a decimal digit string in place; false when it overflowed (all nines became zeros).</summary>
    private static bool Increment(StringBuilder digits)
    {
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            if (digits[i] != '9')
            {
                digits[i]++;
                return true;
            }
            digits[i] = '0';
        }
        return false;
    }

    /// <summary>
    /// <c>(int)sqlite3_value_int64</c> of a REAL: truncated toward zero, saturated to 64 bits, then the low 32 bits
    /// (the C conversion the reference runner applies).
    /// </summary>
    public static int IntegerOf(double value)
    {
        if (double.IsNaN(value)) return 0;
        long wide = value <= long.MinValue ? long.MinValue : value >= long.MaxValue ? long.MaxValue : (long)Math.Truncate(value);
        return unchecked((int)wide);
    }

    /// <summary>A DECIMAL in an I column: truncated toward zero, saturated to 64 bits, then the low 32 bits.</summary>
    public static int IntegerOf(SqlDecimal value)
    {
        var t = SqlDecimal.Truncate(value).Unscaled;
        long wide = t <= long.MinValue ? long.MinValue : t >= long.MaxValue ? long.MaxValue : (long)t;
        return unchecked((int)wide);
    }

    /// <summary>
    /// SQLite's integer value of TEXT (<c>sqlite3Atoi64</c>): leading spaces, an optional sign and the longest run of
    /// digits; 0 when there are none; saturated to 64 bits; then the low 32 bits.
    /// </summary>
    public static int IntegerOf(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        bool negative = false;
        if (i < text.Length && text[i] is '+' or '-') negative = text[i++] == '-';
        Int128 value = 0;
        bool saturated = false;
        for (; i < text.Length && text[i] is >= '0' and <= '9'; i++)
        {
            if (!saturated) value = value * 10 + (text[i] - '0');
            if (value > (Int128)long.MaxValue + 1) saturated = true;
        }
        if (negative) value = -value;
        long wide = value > long.MaxValue ? long.MaxValue : value < long.MinValue ? long.MinValue : (long)value;
        return unchecked((int)wide);
    }

    /// <summary>SQLite's REAL value of TEXT (<c>sqlite3AtoF</c>): the longest numeric prefix, or 0.</summary>
    public static double RealOf(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        int start = i;
        if (i < text.Length && text[i] is '+' or '-') i++;
        int digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (i == digitsStart || (i == digitsStart + 1 && text[digitsStart] == '.')) return 0;
        int mantissaEnd = i;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            int j = i + 1;
            if (j < text.Length && text[j] is '+' or '-') j++;
            int expDigits = j;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            if (j > expDigits) mantissaEnd = j;
        }
        return double.Parse(text.AsSpan(start, mantissaEnd - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
