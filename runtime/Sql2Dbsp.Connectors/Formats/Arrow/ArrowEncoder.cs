using System.Buffers;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors.Formats.Lake;

namespace Sql2Dbsp.Connectors.Formats.Arrow;

/// <summary>Writes each batch as one complete Arrow IPC stream (or file) holding one record batch: the view's columns,
/// then <c>__feldera_op</c> (<c>"i"</c> or <c>"d"</c>); a row of weight ±n is written n times.</summary>
internal sealed class ArrowEncoder : IOutputEncoder
{
    private readonly RelationSchema schema;
    private readonly bool file;
    private readonly Schema arrowSchema;

    public ArrowEncoder(RelationSchema schema, bool file)
    {
        this.schema = schema;
        this.file = file;
        var builder = new Schema.Builder();
        foreach (var column in schema.Columns) builder.Field(new Field(column.Name, ArrowColumn.TypeOf(column.Type), column.Type.Nullable));
        builder.Field(new Field(LakeValues.OpColumn, StringType.Default, nullable: false));
        arrowSchema = builder.Build();
    }

    public string ContentType => file ? "application/vnd.apache.arrow.file" : "application/vnd.apache.arrow.stream";

    public void Encode(IReadOnlyList<(object?[] Row, long Weight)> changes, IBufferWriter<byte> output)
    {
        var (rows, ops) = LakeValues.Expand(changes);
        var arrays = new IArrowArray[schema.Arity + 1];
        for (int c = 0; c < schema.Arity; c++) arrays[c] = Build(schema.Columns[c].Type, rows, c);
        arrays[^1] = new StringArray.Builder().AppendRange(ops).Build();
        using var batch = new RecordBatch(arrowSchema, arrays, rows.Count);
        using var stream = new MemoryStream();
        if (file)
        {
            using var writer = new ArrowFileWriter(stream, arrowSchema, leaveOpen: true);
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }
        else
        {
            using var writer = new ArrowStreamWriter(stream, arrowSchema, leaveOpen: true);
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }
        output.Write(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    private static IArrowArray Build(SqlType type, List<object?[]> rows, int c)
    {
        switch (type.Kind)
        {
            case SqlTypeKind.Boolean:
            {
                var b = new BooleanArray.Builder();
                foreach (var row in rows)
                    if (row[c] is bool v) b.Append(v);
                    else b.AppendNull();
                return b.Build();
            }
            case SqlTypeKind.TinyInt:
                return Primitive(new Int8Array.Builder(), rows, c, v => Convert.ToSByte(v, null));
            case SqlTypeKind.SmallInt:
                return Primitive(new Int16Array.Builder(), rows, c, v => Convert.ToInt16(v, null));
            case SqlTypeKind.Integer:
                return Primitive(new Int32Array.Builder(), rows, c, v => Convert.ToInt32(v, null));
            case SqlTypeKind.BigInt:
                return Primitive(new Int64Array.Builder(), rows, c, v => Convert.ToInt64(v, null));
            case SqlTypeKind.Real:
                return Primitive(new FloatArray.Builder(), rows, c, v => Convert.ToSingle(v, null));
            case SqlTypeKind.Double:
                return Primitive(new DoubleArray.Builder(), rows, c, v => Convert.ToDouble(v, null));
            case SqlTypeKind.IntervalYearMonth:
                return Primitive(new Int32Array.Builder(), rows, c, LakeValues.IntervalMonths);
            case SqlTypeKind.Decimal:
            {
                var b = new Decimal128Array.Builder((Decimal128Type)ArrowColumn.TypeOf(type));
                foreach (var row in rows)
                    if (row[c] is { } v) b.Append(LakeDecimal.ToDecimal(v));
                    else b.AppendNull();
                return b.Build();
            }
            case SqlTypeKind.Char or SqlTypeKind.Varchar:
            {
                var b = new StringArray.Builder();
                foreach (var row in rows) b.Append((string?)row[c]);
                return b.Build();
            }
            case SqlTypeKind.Varbinary:
            {
                var b = new BinaryArray.Builder();
                foreach (var row in rows)
                    if (row[c] is { } v) b.Append(LakeValues.Bytes(v).AsSpan());
                    else b.AppendNull();
                return b.Build();
            }
            case SqlTypeKind.Date:
            {
                var b = new Date32Array.Builder();
                foreach (var row in rows)
                    if (row[c] is { } v) b.Append(LakeValues.DateOnlyOf(v));
                    else b.AppendNull();
                return b.Build();
            }
            case SqlTypeKind.Time:
            {
                var b = new Time64Array.Builder(TimeUnit.Nanosecond);
                foreach (var row in rows)
                    if (row[c] is { } v) b.Append(LakeValues.TimeNanos(v));
                    else b.AppendNull();
                return b.Build();
            }
            case SqlTypeKind.Timestamp:
            {
                var b = new TimestampArray.Builder(TimeUnit.Microsecond);
                foreach (var row in rows)
                    if (row[c] is { } v) b.Append(DateTimeOffset.UnixEpoch.AddTicks(LakeValues.TimestampMicros(v) * 10));
                    else b.AppendNull();
                return b.Build();
            }
            case SqlTypeKind.IntervalDayTime:
                return Primitive<long, DurationArray, DurationArray.Builder>(new DurationArray.Builder(DurationType.Microsecond), rows, c, LakeValues.IntervalMicros);
            default:
                throw new InvalidOperationException($"bug: type {type} has no Arrow mapping");
        }
    }

    private static IArrowArray Primitive<T, TArray, TBuilder>(PrimitiveArrayBuilder<T, TArray, TBuilder> builder, List<object?[]> rows, int c, Func<object, T> convert)
        where T : struct
        where TArray : IArrowArray
        where TBuilder : class, IArrowArrayBuilder<TArray>
    {
        foreach (var row in rows)
            if (row[c] is { } v) builder.Append(convert(v));
            else builder.AppendNull();
        return builder.Build(null);
    }
}
