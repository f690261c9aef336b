using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// Converts values assigned to a table column (INSERT, UPDATE) to the column's type with the runtime's own conversion
/// (<see cref="SqlConvert"/>, the one table inputs apply), and boxes them the way view outputs do. Rows the runner
/// keeps are therefore canonical: equal to the rows a view returns, and rejected here with the runtime's error (NULL in
/// a NOT NULL column, out of range, unparsable string) when the engine would reject them.
/// </summary>
internal static class ColumnConversion
{
    /// <summary>Converts a whole row; throws <see cref="SqlRuntimeException"/> naming the column on failure.</summary>
    public static object?[] ConvertRow(TableInfo table, object?[] values)
    {
        var row = new object?[table.Columns.Length];
        for (int i = 0; i < row.Length; i++)
        {
            try
            {
                row[i] = Convert(values[i], table.Columns[i].Type);
            }
            catch (SqlRuntimeException e)
            {
                throw new SqlRuntimeException($"column '{table.Columns[i].Name}' of table '{table.Name}': {e.Message}");
            }
        }
        return row;
    }

    /// <summary>Converts one value to <paramref name="type"/> (boxed as the runtime boxes that type).</summary>
    public static object? Convert(object? v, SqlType type)
    {
        bool n = type.Nullable;
        return type.Kind switch
        {
            SqlTypeKind.Boolean => n ? SqlConvert.Box(SqlConvert.ToNullableBoolean(v)) : SqlConvert.Box(SqlConvert.ToBoolean(v)),
            SqlTypeKind.TinyInt => n ? SqlConvert.Box(SqlConvert.ToNullableTinyInt(v)) : SqlConvert.Box(SqlConvert.ToTinyInt(v)),
            SqlTypeKind.SmallInt => n ? SqlConvert.Box(SqlConvert.ToNullableSmallInt(v)) : SqlConvert.Box(SqlConvert.ToSmallInt(v)),
            SqlTypeKind.Integer => n ? SqlConvert.Box(SqlConvert.ToNullableInteger(v)) : SqlConvert.Box(SqlConvert.ToInteger(v)),
            SqlTypeKind.BigInt => n ? SqlConvert.Box(SqlConvert.ToNullableBigInt(v)) : SqlConvert.Box(SqlConvert.ToBigInt(v)),
            SqlTypeKind.Decimal => n
                ? SqlConvert.Box(SqlConvert.ToNullableDecimal(v, type.Precision, type.Scale))
                : SqlConvert.Box(SqlConvert.ToDecimal(v, type.Precision, type.Scale)),
            SqlTypeKind.Real => n ? SqlConvert.Box(SqlConvert.ToNullableReal(v)) : SqlConvert.Box(SqlConvert.ToReal(v)),
            SqlTypeKind.Double => n ? SqlConvert.Box(SqlConvert.ToNullableDouble(v)) : SqlConvert.Box(SqlConvert.ToDouble(v)),
            // Padded, as views show CHAR values.
            SqlTypeKind.Char => SqlString.PadChar(n ? SqlConvert.ToNullableChar(v, type.Precision) : SqlConvert.ToChar(v, type.Precision), type.Precision),
            SqlTypeKind.Varchar => n ? SqlConvert.Box(SqlConvert.ToNullableVarchar(v, type.Precision)) : SqlConvert.Box(SqlConvert.ToVarchar(v, type.Precision)),
            SqlTypeKind.Varbinary => n ? SqlConvert.Box(SqlConvert.ToNullableVarbinary(v)) : SqlConvert.Box(SqlConvert.ToVarbinary(v)),
            SqlTypeKind.Date => n ? SqlConvert.Box(SqlConvert.ToNullableDate(v)) : SqlConvert.Box(SqlConvert.ToDate(v)),
            SqlTypeKind.Time => n ? SqlConvert.Box(SqlConvert.ToNullableTime(v)) : SqlConvert.Box(SqlConvert.ToTime(v)),
            SqlTypeKind.Timestamp => n ? SqlConvert.Box(SqlConvert.ToNullableTimestamp(v)) : SqlConvert.Box(SqlConvert.ToTimestamp(v)),
            SqlTypeKind.IntervalYearMonth => n
                ? SqlConvert.Box(SqlConvert.ToNullableMonthInterval(v))
                : SqlConvert.Box(SqlConvert.ToMonthInterval(v)),
            SqlTypeKind.IntervalDayTime => n
                ? SqlConvert.Box(SqlConvert.ToNullableDayTimeInterval(v))
                : SqlConvert.Box(SqlConvert.ToDayTimeInterval(v)),
            _ => throw new SqlRuntimeException($"a column of type {type.Kind} cannot hold values"),
        };
    }
}
