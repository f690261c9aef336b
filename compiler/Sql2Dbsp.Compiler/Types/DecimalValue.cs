using System.Globalization;
using System.Numerics;

namespace Sql2Dbsp.Compiler.Types;

/// <summary>
/// The canonical IR value of a DECIMAL literal: an exact unscaled integer and a scale (the value is
/// <c>Unscaled * 10^-Scale</c>), so literals of up to 38 digits survive to the emitted code without rounding.
/// </summary>
public readonly record struct DecimalValue(BigInteger Unscaled, int Scale)
{
    /// <summary>Parses digits with an optional point (<c>12.50</c>, <c>.5</c>, <c>7</c>), keeping the written scale.</summary>
    public static DecimalValue Parse(string text)
    {
        int dot = text.IndexOf('.');
        string digits = dot < 0 ? text : text[..dot] + text[(dot + 1)..];
        int scale = dot < 0 ? 0 : text.Length - dot - 1;
        return new DecimalValue(digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), scale);
    }

    /// <summary>The exact value of a <see cref="decimal"/>, scale included.</summary>
    public static DecimalValue From(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return new DecimalValue(bits[3] < 0 ? -magnitude : magnitude, value.Scale);
    }

    /// <summary>The value with the opposite sign, at the same scale.</summary>
    public DecimalValue Negate() => new(-Unscaled, Scale);

    /// <summary>The value at its scale in invariant notation (<c>-0.50</c>).</summary>
    public override string ToString()
    {
        string digits = BigInteger.Abs(Unscaled).ToString(CultureInfo.InvariantCulture).PadLeft(Scale + 1, '0');
        string text = Scale == 0 ? digits : digits[..^Scale] + "." + digits[^Scale..];
        return Unscaled.Sign < 0 ? "-" + text : text;
    }
}
