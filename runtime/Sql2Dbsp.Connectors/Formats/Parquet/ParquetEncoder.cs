using System.Buffers;
using Parquet;
using Parquet.Schema;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors.Formats.Lake;

namespace Sql2Dbsp.Connectors.Formats.Parquet;

/// <summary>
/// Writes each batch as one complete Parquet file (one row group): the view's columns in their SQL types, then
/// <c>__feldera_op</c> (<c>"i"</c> for an insertion, <c>"d"</c> for a deletion); a row of weight ±n is written n times.
/// </summary>
internal sealed class ParquetEncoder : IOutputEncoder
{
    private readonly RelationSchema schema;
    private readonly DataField[] fields;
    private readonly DataField opField = new DataField<string>(LakeValues.OpColumn, false);
    private readonly ParquetSchema parquetSchema;

    public ParquetEncoder(RelationSchema schema)
    {
        this.schema = schema;
        fields = new DataField[schema.Arity];
        for (int c = 0; c < fields.Length; c++) fields[c] = FieldOf(schema.Columns[c]);
        parquetSchema = new ParquetSchema([.. fields, opField]);
    }

    public string ContentType => "application/vnd.apache.parquet";

    /// <summary>The Parquet field a column is written as.</summary>
    public static DataField FieldOf(ColumnSchema column)
    {
        var type = column.Type;
        bool nullable = type.Nullable;
        string name = column.Name;
        return type.Kind switch
        {
            SqlTypeKind.Boolean => new DataField<bool>(name, nullable),
            SqlTypeKind.TinyInt => new DataField<sbyte>(name, nullable),
            SqlTypeKind.SmallInt => new DataField<short>(name, nullable),
            SqlTypeKind.Integer => new DataField<int>(name, nullable),
            SqlTypeKind.BigInt => new DataField<long>(name, nullable),
            SqlTypeKind.Decimal => new DecimalDataField(name, type.Precision, type.Scale, forceByteArrayEncoding: false, isNullable: nullable),
            SqlTypeKind.Real => new DataField<float>(name, nullable),
            SqlTypeKind.Double => new DataField<double>(name, nullable),
            SqlTypeKind.Char or SqlTypeKind.Varchar => new DataField<string>(name, nullable),
            SqlTypeKind.Varbinary => new DataField<byte[]>(name, nullable),
            SqlTypeKind.Date => new DataField<DateOnly>(name, nullable),
            // A SQL TIME is local (no zone); Parquet.Net marks TIME as UTC-adjusted unless told.
            SqlTypeKind.Time => new TimeDataField(name, TimeUnitPrecision.Micros, nullable) { IsAdjustedToUtc = false },
            SqlTypeKind.Timestamp => new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, DateTimeTimeUnit.Micros, nullable),
            SqlTypeKind.IntervalDayTime => new DataField<long>(name, nullable),
            SqlTypeKind.IntervalYearMonth => new DataField<int>(name, nullable),
            _ => throw new InvalidOperationException($"bug: column '{name}' of type {type} has no Parquet mapping"),
        };
    }

    public void Encode(IReadOnlyList<(object?[] Row, long Weight)> changes, IBufferWriter<byte> output)
    {
        var (rows, ops) = LakeValues.Expand(changes);
        using var stream = new MemoryStream();
        // Parquet.Net is asynchronous throughout; over a MemoryStream every await completes synchronously.
        WriteAsync(stream, rows, ops).GetAwaiter().GetResult();
        output.Write(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    private async Task WriteAsync(Stream stream, List<object?[]> rows, List<string> ops)
    {
        var writer = await ParquetWriter.CreateAsync(parquetSchema, stream).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++) await WriteColumnAsync(group, c, rows).ConfigureAwait(false);
            await group.WriteAsync(opField, ops, null).ConfigureAwait(false);
        }
    }

    private Task WriteColumnAsync(ParquetRowGroupWriter group, int c, List<object?[]> rows)
    {
        var field = fields[c];
        var type = schema.Columns[c].Type;
        return type.Kind switch
        {
            SqlTypeKind.Boolean => Struct(group, field, rows, c, v => (bool)v),
            SqlTypeKind.TinyInt => Struct(group, field, rows, c, v => Convert.ToSByte(v, null)),
            SqlTypeKind.SmallInt => Struct(group, field, rows, c, v => Convert.ToInt16(v, null)),
            SqlTypeKind.Integer => Struct(group, field, rows, c, v => Convert.ToInt32(v, null)),
            SqlTypeKind.BigInt => Struct(group, field, rows, c, v => Convert.ToInt64(v, null)),
            SqlTypeKind.Decimal => Struct(group, field, rows, c, LakeDecimal.ToDecimal),
            SqlTypeKind.Real => Struct(group, field, rows, c, v => Convert.ToSingle(v, null)),
            SqlTypeKind.Double => Struct(group, field, rows, c, v => Convert.ToDouble(v, null)),
            SqlTypeKind.Char or SqlTypeKind.Varchar => group.WriteAsync(field, Column(rows, c, v => (string)v), null),
            SqlTypeKind.Varbinary => group.WriteAsync(field, Column(rows, c, LakeValues.Bytes), null),
            SqlTypeKind.Date => Struct(group, field, rows, c, LakeValues.DateOnlyOf),
            SqlTypeKind.Time => Struct(group, field, rows, c, v => LakeValues.TimeNanos(v) / 1000),
            SqlTypeKind.Timestamp => Struct(group, field, rows, c, v => DateTime.UnixEpoch.AddTicks(LakeValues.TimestampMicros(v) * 10)),
            SqlTypeKind.IntervalDayTime => Struct(group, field, rows, c, LakeValues.IntervalMicros),
            _ => Struct(group, field, rows, c, LakeValues.IntervalMonths),
        };
    }

    private static T?[] Column<T>(List<object?[]> rows, int c, Func<object, T> convert) where T : class
    {
        var values = new T?[rows.Count];
        for (int i = 0; i < values.Length; i++)
            if (rows[i][c] is { } v) values[i] = convert(v);
        return values;
    }

    private static Task Struct<T>(ParquetRowGroupWriter group, DataField field, List<object?[]> rows, int c, Func<object, T> convert) where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[rows.Count];
            for (int i = 0; i < values.Length; i++)
                if (rows[i][c] is { } v) values[i] = convert(v);
            return group.WriteAsync<T>(field, values.AsMemory(), null, null, CancellationToken.None);
        }
        var required = new T[rows.Count];
        for (int i = 0; i < required.Length; i++) required[i] = convert(rows[i][c]!);
        return group.WriteAsync<T>(field, required.AsMemory(), null, null, CancellationToken.None);
    }
}
