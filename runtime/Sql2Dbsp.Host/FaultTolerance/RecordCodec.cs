using Sql2Dbsp.Connectors;
using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// Binary encoding of parsed input records and table rows (boxed column values as the format parsers produce them),
/// for the journal's records, the upsert state in checkpoints, and the hash that verifies a replay. Each value is a
/// type tag then the value in the runtime's state encoding (the SQL value types' own serializers), so decoding gives
/// back values of the same CLR types and the same records hash the same in every process.
/// </summary>
internal static class RecordCodec
{
    private enum Tag : byte
    {
        Null, Missing, Bool, SByte, Int16, Int32, Int64, Single, Double, Decimal, String, Binary, Date, Time, Timestamp,
        DayTimeInterval, MonthInterval, SqlDecimal,
    }

    /// <summary>Writes records <paramref name="start"/>..<c>Count</c> of <paramref name="batch"/>: kind, weight, values.</summary>
    public static void WriteRecords(ref StateWriter writer, ChangeBuffer batch, int start = 0)
    {
        for (int i = start; i < batch.Count; i++)
        {
            writer.WriteByte((byte)batch.Kind(i));
            writer.WriteVarInt64(batch.Weight(i));
            foreach (var value in batch.Row(i)) WriteValue(ref writer, value);
        }
    }

    /// <summary>Reads <paramref name="count"/> records written by <see cref="WriteRecords"/> into <paramref name="into"/>.</summary>
    public static void ReadRecords(ref StateReader reader, long count, ChangeBuffer into)
    {
        for (long i = 0; i < count; i++)
        {
            var kind = (ChangeKind)reader.ReadByte();
            if (kind > ChangeKind.Update) throw reader.Corrupt($"unknown change kind {(byte)kind}");
            var row = into.Add(kind, reader.ReadVarInt64());
            for (int c = 0; c < row.Length; c++) row[c] = ReadValue(ref reader);
        }
    }

    /// <summary>Writes a row's values.</summary>
    public static void WriteRow(ref StateWriter writer, object?[] row)
    {
        foreach (var value in row) WriteValue(ref writer, value);
    }

    /// <summary>Reads a row of <paramref name="arity"/> values.</summary>
    public static object?[] ReadRow(ref StateReader reader, int arity)
    {
        var row = new object?[arity];
        for (int c = 0; c < arity; c++) row[c] = ReadValue(ref reader);
        return row;
    }

    private static void WriteValue(ref StateWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteByte((byte)Tag.Null); break;
            case bool b: writer.WriteByte((byte)Tag.Bool); writer.WriteBool(b); break;
            case sbyte v: writer.WriteByte((byte)Tag.SByte); writer.WriteSByte(v); break;
            case short v: writer.WriteByte((byte)Tag.Int16); writer.WriteInt16(v); break;
            case int v: writer.WriteByte((byte)Tag.Int32); writer.WriteInt32(v); break;
            case long v: writer.WriteByte((byte)Tag.Int64); writer.WriteInt64(v); break;
            case float v: writer.WriteByte((byte)Tag.Single); writer.WriteSingle(v); break;
            case double v: writer.WriteByte((byte)Tag.Double); writer.WriteDouble(v); break;
            case decimal v: writer.WriteByte((byte)Tag.Decimal); writer.WriteDecimal(v); break;
            case SqlDecimal v: writer.WriteByte((byte)Tag.SqlDecimal); SqlDecimal.Write(ref writer, v); break;
            case string v: writer.WriteByte((byte)Tag.String); writer.WriteString(v); break;
            case SqlBinary v: writer.WriteByte((byte)Tag.Binary); SqlBinary.Write(ref writer, v); break;
            case SqlDate v: writer.WriteByte((byte)Tag.Date); SqlDate.Write(ref writer, v); break;
            case SqlTime v: writer.WriteByte((byte)Tag.Time); SqlTime.Write(ref writer, v); break;
            case SqlTimestamp v: writer.WriteByte((byte)Tag.Timestamp); SqlTimestamp.Write(ref writer, v); break;
            case SqlDayTimeInterval v: writer.WriteByte((byte)Tag.DayTimeInterval); SqlDayTimeInterval.Write(ref writer, v); break;
            case SqlMonthInterval v: writer.WriteByte((byte)Tag.MonthInterval); SqlMonthInterval.Write(ref writer, v); break;
            default:
                if (ReferenceEquals(value, ChangeBuffer.Missing))
                {
                    writer.WriteByte((byte)Tag.Missing);
                    break;
                }
                throw new InvalidOperationException($"cannot journal a value of type {value.GetType().Name}");
        }
    }

    private static object? ReadValue(ref StateReader reader)
    {
        var tag = (Tag)reader.ReadByte();
        return tag switch
        {
            Tag.Null => null,
            Tag.Missing => ChangeBuffer.Missing,
            Tag.Bool => reader.ReadBool(),
            Tag.SByte => reader.ReadSByte(),
            Tag.Int16 => reader.ReadInt16(),
            Tag.Int32 => reader.ReadInt32(),
            Tag.Int64 => reader.ReadInt64(),
            Tag.Single => reader.ReadSingle(),
            Tag.Double => reader.ReadDouble(),
            Tag.Decimal => reader.ReadDecimal(),
            Tag.SqlDecimal => SqlDecimal.Read(ref reader),
            Tag.String => reader.ReadString(),
            Tag.Binary => SqlBinary.Read(ref reader),
            Tag.Date => SqlDate.Read(ref reader),
            Tag.Time => SqlTime.Read(ref reader),
            Tag.Timestamp => SqlTimestamp.Read(ref reader),
            Tag.DayTimeInterval => SqlDayTimeInterval.Read(ref reader),
            Tag.MonthInterval => SqlMonthInterval.Read(ref reader),
            _ => throw reader.Corrupt($"unknown value tag {(byte)tag}"),
        };
    }
}
