using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Formats.Lake;

/// <summary>
/// The one place where the columnar formats (Parquet, Arrow) meet the runtime's DECIMAL representation: a column
/// value from a file's decimal (its unscaled integer and scale) and back. Kept apart so that a change of the
/// runtime's decimal type touches only this file.
/// </summary>
internal static class LakeDecimal
{
    /// <summary>The largest precision the runtime's DECIMAL holds exactly.</summary>
    public const int MaxPrecision = 28;

    /// <summary>The column value of <paramref name="value"/>, cast to the column's precision and scale like a SQL cast
    /// (so a value that does not fit fails as it would in SQL).</summary>
    public static object FromDecimal(decimal value, SqlType column) => SqlCast.ToDecimal(value, column.Precision, column.Scale);

    /// <summary>The column value of the decimal with unscaled integer <paramref name="unscaled"/> and <paramref name="scale"/>.</summary>
    public static object FromUnscaled(Int128 unscaled, int scale, SqlType column)
    {
        if (unscaled > (Int128)decimal.MaxValue || unscaled < (Int128)decimal.MinValue || scale > 28)
            throw new SqlRuntimeException($"decimal {unscaled}e-{scale} is out of range for {column}");
        var magnitude = unscaled < 0 ? -unscaled : unscaled;
        var d = new decimal((int)(ulong)(magnitude & uint.MaxValue), (int)(ulong)((magnitude >> 32) & uint.MaxValue),
            (int)(ulong)((magnitude >> 64) & uint.MaxValue), unscaled < 0, (byte)scale);
        return FromDecimal(d, column);
    }

    /// <summary>A view value as a <see cref="decimal"/> (what Parquet.Net writes).</summary>
    public static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A view value as its unscaled integer at <paramref name="scale"/> (what Arrow's Decimal128 holds).</summary>
    public static Int128 ToUnscaled(object value, int scale)
    {
        decimal d = decimal.Round(ToDecimal(value), scale, MidpointRounding.AwayFromZero);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        Int128 unscaled = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        for (int s = (bits[3] >> 16) & 0xFF; s < scale; s++) unscaled *= 10;
        return d < 0 ? -unscaled : unscaled;
    }
}
