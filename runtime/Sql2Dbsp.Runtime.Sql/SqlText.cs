using System.Globalization;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>Canonical SQL text of numbers (PostgreSQL output formats) and lenient number parsing.</summary>
internal static class SqlText
{
    internal static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static string Format(long value) => value.ToString(Invariant);

    /// <summary>DOUBLE text like PostgreSQL's <c>float8out</c>: shortest round-trip digits, fixed notation for decimal
    /// exponents in [-4, 15), otherwise <c>1.5e+20</c>; <c>Infinity</c>, <c>-Infinity</c>, <c>NaN</c>.</summary>
    internal static string FormatDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            return double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }

        Span<char> raw = stackalloc char[40];
        value.TryFormat(raw, out int n, "R", Invariant);
        return FormatShortest(raw[..n], 15);
    }

    /// <summary>REAL text like PostgreSQL's <c>float4out</c> (fixed notation for decimal exponents in [-4, 6)).</summary>
    internal static string FormatReal(float value)
    {
        if (!float.IsFinite(value))
        {
            return float.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }

        Span<char> raw = stackalloc char[32];
        value.TryFormat(raw, out int n, "R", Invariant);
        return FormatShortest(raw[..n], 6);
    }

    /// <summary>Re-formats .NET's shortest round-trip text ("1.5E-05", "123.25", "-0") with PostgreSQL's layout rules.</summary>
    private static string FormatShortest(ReadOnlySpan<char> raw, int fixedLimit)
    {
        bool negative = raw.Length > 0 && raw[0] == '-';
        if (negative)
        {
            raw = raw[1..];
        }

        int ePos = raw.IndexOfAny('E', 'e');
        int exponent = 0;
        ReadOnlySpan<char> mantissa = raw;
        if (ePos >= 0)
        {
            exponent = int.Parse(raw[(ePos + 1)..], NumberStyles.AllowLeadingSign, Invariant);
            mantissa = raw[..ePos];
        }

        // Collect significant digits; pointPos = number of digits before the decimal point.
        Span<char> digits = stackalloc char[40];
        int count = 0;
        int pointPos = -1;
        bool leading = true;
        int leadingZerosAfterPoint = 0;
        foreach (char c in mantissa)
        {
            if (c == '.')
            {
                pointPos = count;
                continue;
            }

            if (leading && c == '0')
            {
                if (pointPos >= 0)
                {
                    leadingZerosAfterPoint++;
                }

                continue;
            }

            leading = false;
            digits[count++] = c;
        }

        if (count == 0)
        {
            return negative ? "-0" : "0";
        }

        if (pointPos < 0)
        {
            pointPos = count;
        }

        // Digits before the point that were leading zeros were skipped entirely, so pointPos counts only significant
        // digits; zeros after the point shift the first significant digit to the right.
        int sciExp = pointPos - 1 - leadingZerosAfterPoint + exponent;
        while (count > 1 && digits[count - 1] == '0')
        {
            count--;
        }

        ReadOnlySpan<char> d = digits[..count];
        Span<char> outBuf = stackalloc char[64];
        int o = 0;
        if (negative)
        {
            outBuf[o++] = '-';
        }

        if (sciExp >= -4 && sciExp < fixedLimit)
        {
            if (sciExp >= 0)
            {
                int intDigits = sciExp + 1;
                for (int i = 0; i < intDigits; i++)
                {
                    outBuf[o++] = i < d.Length ? d[i] : '0';
                }

                if (d.Length > intDigits)
                {
                    outBuf[o++] = '.';
                    d[intDigits..].CopyTo(outBuf[o..]);
                    o += d.Length - intDigits;
                }
            }
            else
            {
                outBuf[o++] = '0';
                outBuf[o++] = '.';
                for (int i = 0; i < -sciExp - 1; i++)
                {
                    outBuf[o++] = '0';
                }

                d.CopyTo(outBuf[o..]);
                o += d.Length;
            }
        }
        else
        {
            outBuf[o++] = d[0];
            if (d.Length > 1)
            {
                outBuf[o++] = '.';
                d[1..].CopyTo(outBuf[o..]);
                o += d.Length - 1;
            }

            outBuf[o++] = 'e';
            outBuf[o++] = sciExp < 0 ? '-' : '+';
            int absExp = Math.Abs(sciExp);
            if (absExp < 10)
            {
                outBuf[o++] = '0';
            }

            absExp.TryFormat(outBuf[o..], out int w, default, Invariant);
            o += w;
        }

        return new string(outBuf[..o]);
    }

    /// <summary>Trims the blanks SQL allows around numeric, boolean and date/time input (spaces, tabs, newlines).</summary>
    internal static ReadOnlySpan<char> TrimInput(string s) => s.AsSpan().Trim();

    /// <summary>Parses an integer literal with an optional sign; <paramref name="overflow"/> tells a syntactically valid
    /// integer that does not fit in <see cref="long"/> from garbage.</summary>
    internal static bool TryParseInteger(ReadOnlySpan<char> s, out long value, out bool overflow)
    {
        overflow = false;
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        int i = 0;
        bool negative = false;
        if (s[0] == '+' || s[0] == '-')
        {
            negative = s[0] == '-';
            i = 1;
        }

        if (i == s.Length)
        {
            return false;
        }

        ulong acc = 0;
        for (; i < s.Length; i++)
        {
            uint digit = (uint)(s[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            if (acc > (ulong.MaxValue - digit) / 10)
            {
                overflow = true;
            }
            else
            {
                acc = acc * 10 + digit;
            }
        }

        if (overflow)
        {
            return false;
        }

        if (negative)
        {
            if (acc > 9223372036854775808UL)
            {
                overflow = true;
                return false;
            }

            value = (long)(0UL - acc);
        }
        else
        {
            if (acc > long.MaxValue)
            {
                overflow = true;
                return false;
            }

            value = (long)acc;
        }

        return true;
    }

    /// <summary>Parses a floating-point literal: decimal or exponent notation, <c>Infinity</c>, <c>-Infinity</c>, <c>inf</c>,
    /// <c>NaN</c> (case-insensitive). A finite literal too large for the type sets <paramref name="overflow"/>.</summary>
    internal static bool TryParseDouble(ReadOnlySpan<char> s, out double value, out bool overflow)
    {
        overflow = false;
        if (TryParseSpecial(s, out value))
        {
            return true;
        }

        if (s.IsEmpty || !IsPlainNumber(s))
        {
            value = 0;
            return false;
        }

        if (!double.TryParse(s, NumberStyles.Float, Invariant, out value))
        {
            return false;
        }

        if (double.IsInfinity(value))
        {
            overflow = true;
            return false;
        }

        return true;
    }

    private static bool TryParseSpecial(ReadOnlySpan<char> s, out double value)
    {
        ReadOnlySpan<char> body = s;
        double sign = 1;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            sign = body[0] == '-' ? -1 : 1;
            body = body[1..];
        }

        if (body.Equals("infinity", StringComparison.OrdinalIgnoreCase) || body.Equals("inf", StringComparison.OrdinalIgnoreCase))
        {
            value = sign * double.PositiveInfinity;
            return true;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>True when the text only uses the characters of a decimal/exponent literal (no thousands separators,
    /// currency symbols or hex, which <see cref="NumberStyles.Float"/> alone would not all reject).</summary>
    internal static bool IsPlainNumber(ReadOnlySpan<char> s)
    {
        bool anyDigit = false;
        foreach (char c in s)
        {
            if (c is >= '0' and <= '9')
            {
                anyDigit = true;
            }
            else if (c is not ('+' or '-' or '.' or 'e' or 'E'))
            {
                return false;
            }
        }

        return anyDigit;
    }
}
