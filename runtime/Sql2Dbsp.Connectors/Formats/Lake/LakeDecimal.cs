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
    /// <summary>The column value of <paramref name="value"/>, cast to the column's precision and scale like a SQL cast
    /// (so a value that does not fit fails as it would in SQL).</summary>
    public static object FromDecimal(SqlDecimal value, SqlType column) => SqlCast.ToDecimal(value, column.Precision, column.Scale);

    /// <summary>The column value of the decimal with unscaled integer <paramref name="unscaled"/> and <paramref name="scale"/>
    /// (exact up to 38 digits, as DECIMAL(38) is).</summary>
    public static object FromUnscaled(Int128 unscaled, int scale, SqlType column)
    {
        if (!SqlDecimal.TryCreate(unscaled, scale, out var value))
            throw new SqlRuntimeException($"decimal {unscaled}e-{scale} is out of range for {column}");
        return FromDecimal(value, column);
    }

    /// <summary>
    /// A view value as a <see cref="decimal"/> (what Parquet.Net and Arrow's Decimal128 builder take). A DECIMAL beyond
    /// System.Decimal's 28–29 digits fails here with the runtime's range error rather than being written rounded.
    /// </summary>
    public static decimal ToDecimal(object value) => value switch
    {
        SqlDecimal d => (decimal)d,
        decimal d => d,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A view value as its unscaled integer at <paramref name="scale"/> (what Arrow's Decimal128 holds).</summary>
    public static Int128 ToUnscaled(object value, int scale)
    {
        var d = value is SqlDecimal s ? s : (SqlDecimal)ToDecimal(value);
        return SqlDecimal.Rescale(d, SqlDecimal.MaxPrecision, scale).Unscaled;
    }
}
