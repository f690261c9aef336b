namespace Sql2Dbsp.Runtime.Sql;

// Text and numeric conversions.
public readonly partial struct SqlDecimal
{
    /// <summary>2^96: magnitudes below it fit a <see cref="decimal"/>.</summary>
    private static readonly UInt128 DecimalLimit = UInt128.One << 96;

    /// <summary>
    /// The value at its scale in invariant notation without an exponent, as PostgreSQL prints numeric:
    /// <c>1.50</c>, <c>-0.50</c>, <c>12</c>.
    /// </summary>
    public override string ToString()
    {
        string digits = UnscaledMagnitude.ToString(SqlText.Invariant);
        if (scale > 0)
        {
            digits = digits.PadLeft(scale + 1, '0');
            digits = string.Concat(digits.AsSpan(0, digits.Length - scale), ".", digits.AsSpan(digits.Length - scale));
        }

        return unscaled < 0 ? "-" + digits : digits;
    }

    /// <summary>
    /// Parses decimal text at its own scale: blanks around it, an optional sign, digits with an optional point and an
    /// optional exponent (<c>1.5E3</c> is 1500, <c>1.50</c> keeps scale 2, <c>1.5E-3</c> is 0.0015).
    /// </summary>
    /// <exception cref="SqlRuntimeException">The text is not a number, or it needs more than 38 digits.</exception>
    public static SqlDecimal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var status = TryParseCore(text, -1, -1, out var result);
        if (status == ParseStatus.Invalid)
        {
            SqlErrors.CannotCast(text, "DECIMAL");
        }

        if (status == ParseStatus.Overflow)
        {
            SqlErrors.OutOfRange(text.Trim(), "DECIMAL(38)");
        }

        return result;
    }

    /// <summary>CAST(text AS DECIMAL(precision, scale)): parses as <see cref="Parse(string)"/>, then rounds half away from zero to the scale.</summary>
    /// <exception cref="SqlRuntimeException">The text is not a number, or its value needs more than precision - scale integer digits.</exception>
    public static SqlDecimal Parse(string text, int precision, int scale)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckType(precision, scale);
        var status = TryParseCore(text, precision, scale, out var result);
        if (status == ParseStatus.Invalid)
        {
            SqlErrors.CannotCast(text, SqlCast.DecimalTypeName(precision, scale));
        }

        if (status == ParseStatus.Overflow)
        {
            SqlErrors.OutOfRange(text.Trim(), SqlCast.DecimalTypeName(precision, scale));
        }

        return result;
    }

    /// <summary>Parses as <see cref="Parse(string)"/>; false (and 0) when the text is null, not a number, or too long.</summary>
    public static bool TryParse(string? text, out SqlDecimal value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return TryParseCore(text, -1, -1, out value) == ParseStatus.Ok;
    }

    /// <summary>
    /// CAST(text AS DECIMAL(precision, scale)) from UTF-8 text (a connector's field) without throwing: false when the text
    /// is not a number, or (<paramref name="outOfRange"/>) when it is one that does not fit the type.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, int precision, int scale, out SqlDecimal value, out bool outOfRange)
    {
        CheckType(precision, scale);
        value = default;
        outOfRange = false;
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        for (int i = 0; i < utf8.Length; i++)
        {
            // A number is ASCII; anything else is not one.
            if (utf8[i] >= 0x80)
            {
                return false;
            }

            chars[i] = (char)utf8[i];
        }

        var status = TryParseCore(chars, precision, scale, out value);
        outOfRange = status == ParseStatus.Overflow;
        return status == ParseStatus.Ok;
    }

    /// <summary>CAST(x AS DECIMAL(precision, scale)) from a double: its shortest round-trip text, rounded to the scale.</summary>
    /// <exception cref="SqlRuntimeException">x is NaN or infinite, or too large for the type.</exception>
    public static SqlDecimal FromDouble(double x, int precision, int scale)
    {
        if (!double.IsFinite(x))
        {
            SqlErrors.CannotCast(x.ToString(SqlText.Invariant), SqlCast.DecimalTypeName(precision, scale));
        }

        return Parse(x.ToString("R", SqlText.Invariant), precision, scale);
    }

    /// <summary>The value rounded half away from zero to an integer (CAST AS BIGINT).</summary>
    /// <exception cref="SqlRuntimeException">The rounded value is outside BIGINT.</exception>
    public long ToInt64() => (long)RoundToInteger(long.MinValue, long.MaxValue, "BIGINT");

    /// <summary>The value rounded half away from zero to an integer (CAST AS INTEGER).</summary>
    /// <exception cref="SqlRuntimeException">The rounded value is outside INTEGER.</exception>
    public int ToInt32() => (int)RoundToInteger(int.MinValue, int.MaxValue, "INTEGER");

    /// <summary>The value rounded half away from zero to an integer in [min, max]; throws naming <paramref name="type"/> otherwise.</summary>
    internal Int128 RoundToInteger(long min, long max, string type)
    {
        var rounded = Rescale(this, MaxPrecision, 0).unscaled;
        if (rounded < min || rounded > max)
        {
            SqlErrors.OutOfRange(ToString(), type);
        }

        return rounded;
    }

    /// <summary>The nearest double (correctly rounded from the exact decimal text).</summary>
    public double ToDouble() =>
        scale == 0 && Int128.Abs(unscaled) < (Int128)(1L << 53)
            ? (long)unscaled
            : double.Parse(ToString(), SqlText.Invariant);

    /// <summary>
    /// The value as a <see cref="decimal"/>: exact when it fits (at most 28 fraction digits and a magnitude below 2^96);
    /// otherwise fraction digits are rounded off, half away from zero, until it fits, as <see cref="decimal"/>'s own
    /// arithmetic does.
    /// </summary>
    /// <exception cref="SqlRuntimeException">The integer part alone does not fit a <see cref="decimal"/> (about 7.9E28).</exception>
    public decimal ToDecimal()
    {
        bool negative = unscaled < 0;
        for (int s = Math.Min((int)scale, 28); s >= 0; s--)
        {
            if (TryShape(negative, new UInt256(UnscaledMagnitude), scale, MaxPrecision, s, out var fitted)
                && fitted.UnscaledMagnitude < DecimalLimit)
            {
                var m = fitted.UnscaledMagnitude;
                return new decimal((int)(uint)m, (int)(uint)(m >> 32), (int)(uint)(m >> 64), negative, (byte)s);
            }
        }

        return SqlErrors.OutOfRange<decimal>(ToString(), "System.Decimal");
    }

    private enum ParseStatus
    {
        Ok,
        Invalid,
        Overflow,
    }

    /// <summary>
    /// Parses <paramref name="text"/> and rounds it to DECIMAL(precision, scale) straight from its digits (so text
    /// longer than 38 digits rounds correctly); precision -1 means its own scale within DECIMAL(38).
    /// </summary>
    private static ParseStatus TryParseCore(ReadOnlySpan<char> text, int precision, int scale, out SqlDecimal result)
    {
        result = default;
        text = text.Trim();
        int i = 0;
        bool negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        int intStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var intDigits = text[intStart..i];
        ReadOnlySpan<char> fracDigits = default;
        if (i < text.Length && text[i] == '.')
        {
            int fracStart = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            fracDigits = text[fracStart..i];
        }

        if (intDigits.IsEmpty && fracDigits.IsEmpty)
        {
            return ParseStatus.Invalid;
        }

        long exponent = 0;
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            bool negativeExponent = false;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                negativeExponent = text[i] == '-';
                i++;
            }

            int expStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                // Saturate: any exponent this large is out of range (or rounds to zero) anyway.
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), 1_000_000_000L);
                i++;
            }

            if (i == expStart)
            {
                return ParseStatus.Invalid;
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        if (i != text.Length)
        {
            return ParseStatus.Invalid;
        }

        if (precision < 0)
        {
            long natural = Math.Max(0, fracDigits.Length - exponent);
            if (natural > MaxPrecision)
            {
                return ParseStatus.Overflow;
            }

            precision = MaxPrecision;
            scale = (int)natural;
        }

        // Digit j of the n digits (integer then fraction) weighs 10^(exponent - fracLength + n - 1 - j); the kept ones
        // weigh at least 10^-scale, so they are j <= last.
        int n = intDigits.Length + fracDigits.Length;
        long last = n - 1 + scale + exponent - fracDigits.Length;
        UInt128 magnitude = 0;
        int significant = 0;
        for (long j = 0; j <= Math.Min(last, n - 1); j++)
        {
            int digit = DigitAt(intDigits, fracDigits, (int)j);
            if (significant == 0 && digit == 0)
            {
                continue;
            }

            if (++significant > precision)
            {
                return ParseStatus.Overflow;
            }

            magnitude = magnitude * 10 + (uint)digit;
        }

        if (last + 1 >= 0 && last + 1 < n && DigitAt(intDigits, fracDigits, (int)(last + 1)) >= 5)
        {
            magnitude++;
        }

        var wide = new UInt256(magnitude);
        if (last > n - 1 && !wide.IsZero)
        {
            long pad = last - (n - 1);
            if (wide.DigitCount + pad > precision)
            {
                return ParseStatus.Overflow;
            }

            UInt256.TryMultiply(wide, UInt256.PowersOfTen[(int)pad], out wide);
        }

        if (wide >= UInt256.PowersOfTen[precision])
        {
            return ParseStatus.Overflow;
        }

        var signed = (Int128)wide.Low128;
        result = new SqlDecimal(negative ? -signed : signed, (byte)scale, trusted: true);
        return ParseStatus.Ok;
    }

    private static int DigitAt(ReadOnlySpan<char> intDigits, ReadOnlySpan<char> fracDigits, int j) =>
        (j < intDigits.Length ? intDigits[j] : fracDigits[j - intDigits.Length]) - '0';
}
