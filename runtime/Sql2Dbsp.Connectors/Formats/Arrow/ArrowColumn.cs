using Apache.Arrow;
using Apache.Arrow.Types;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors.Formats.Lake;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Formats.Arrow;

/// <summary>
/// The Arrow types of the SQL types, both ways: <see cref="TypeOf"/> for output, <see cref="Reader"/> for input (the
/// check that a stream's field can be read into a table column, made once per stream, and the per-value conversion).
/// </summary>
internal static class ArrowColumn
{
    /// <summary>The Arrow type a column of <paramref name="type"/> is written as.</summary>
    public static IArrowType TypeOf(SqlType type) => type.Kind switch
    {
        SqlTypeKind.Boolean => BooleanType.Default,
        SqlTypeKind.TinyInt => Int8Type.Default,
        SqlTypeKind.SmallInt => Int16Type.Default,
        SqlTypeKind.Integer => Int32Type.Default,
        SqlTypeKind.BigInt => Int64Type.Default,
        SqlTypeKind.Decimal => new Decimal128Type(type.Precision, type.Scale),
        SqlTypeKind.Real => FloatType.Default,
        SqlTypeKind.Double => DoubleType.Default,
        SqlTypeKind.Char or SqlTypeKind.Varchar => StringType.Default,
        SqlTypeKind.Varbinary => BinaryType.Default,
        SqlTypeKind.Date => Date32Type.Default,
        SqlTypeKind.Time => new Time64Type(TimeUnit.Nanosecond),
        SqlTypeKind.Timestamp => new TimestampType(TimeUnit.Microsecond, (string?)null),
        SqlTypeKind.IntervalDayTime => DurationType.Microsecond,
        SqlTypeKind.IntervalYearMonth => Int32Type.Default,
        _ => throw new InvalidOperationException($"bug: type {type} has no Arrow mapping"),
    };

    /// <summary>The converter of values of a field of <paramref name="arrow"/> type into column <paramref name="column"/>,
    /// or an error naming both types.</summary>
    public static Func<IArrowArray, int, object?> Reader(ColumnSchema column, IArrowType arrow, string source)
    {
        var type = column.Type;
        string name = column.Name;
        Func<IArrowArray, int, object?>? read = (type.Kind, arrow.TypeId) switch
        {
            (SqlTypeKind.Boolean, ArrowTypeId.Boolean) => (a, i) => ((BooleanArray)a).GetValue(i),
            (SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt, _) when IntegerBits(arrow.TypeId) is int bits && bits <= Bits(type.Kind) =>
                (a, i) => Integer(a, i) is long l ? LakeValues.Integer(l, type, name) : null,
            (SqlTypeKind.Decimal, ArrowTypeId.Decimal128) => (a, i) => ((Decimal128Array)a).GetValue(i) is decimal d ? LakeDecimal.FromDecimal(d, type) : null,
            (SqlTypeKind.Decimal, _) when IntegerBits(arrow.TypeId) is not null => (a, i) => Integer(a, i) is long l ? LakeDecimal.FromDecimal(l, type) : null,
            (SqlTypeKind.Real, ArrowTypeId.Float) => (a, i) => ((FloatArray)a).GetValue(i),
            (SqlTypeKind.Double, ArrowTypeId.Double) => (a, i) => ((DoubleArray)a).GetValue(i),
            (SqlTypeKind.Double, ArrowTypeId.Float) => (a, i) => ((FloatArray)a).GetValue(i) is float f ? (double)f : null,
            (SqlTypeKind.Char or SqlTypeKind.Varchar, ArrowTypeId.String) => (a, i) => ((StringArray)a).GetString(i) is { } s ? LakeValues.Text(s, type) : null,
            (SqlTypeKind.Char or SqlTypeKind.Varchar, ArrowTypeId.LargeString) => (a, i) => ((LargeStringArray)a).GetString(i) is { } s ? LakeValues.Text(s, type) : null,
            (SqlTypeKind.Varbinary, ArrowTypeId.Binary) => (a, i) => a.IsNull(i) ? null : new SqlBinary(((BinaryArray)a).GetBytes(i)),
            (SqlTypeKind.Date, ArrowTypeId.Date32) => (a, i) => ((Date32Array)a).GetValue(i) is int d ? new SqlDate(d) : null,
            (SqlTypeKind.Date, ArrowTypeId.Date64) => (a, i) => ((Date64Array)a).GetValue(i) is long ms ? new SqlDate((int)Math.Floor(ms / 86_400_000.0)) : null,
            (SqlTypeKind.Time, ArrowTypeId.Time64) => (a, i) => ((Time64Array)a).GetNanoSeconds(i) is long ns ? new SqlTime(ns) : null,
            (SqlTypeKind.Time, ArrowTypeId.Time32) => (a, i) => ((Time32Array)a).GetMilliSeconds(i) is int ms ? new SqlTime(ms * 1_000_000L) : null,
            (SqlTypeKind.Timestamp, ArrowTypeId.Timestamp) => TimestampReader(((TimestampType)arrow).Unit),
            (SqlTypeKind.IntervalDayTime, ArrowTypeId.Duration) => DurationReader(((DurationType)arrow).Unit),
            (SqlTypeKind.IntervalDayTime, ArrowTypeId.Int64) => (a, i) => ((Int64Array)a).GetValue(i) is long l ? new SqlDayTimeInterval(l) : null,
            (SqlTypeKind.IntervalYearMonth, ArrowTypeId.Int32) => (a, i) => ((Int32Array)a).GetValue(i) is int m ? new SqlMonthInterval(m) : null,
            _ => null,
        };
        return read ?? throw new InvalidDataException($"{source}: column '{name}' is {type.WithNullable(true)} in the table, but the Arrow data has {arrow.Name}, which cannot be read into it");
    }

    private static int Bits(SqlTypeKind kind) => kind switch { SqlTypeKind.TinyInt => 8, SqlTypeKind.SmallInt => 16, SqlTypeKind.Integer => 32, _ => 64 };

    private static int? IntegerBits(ArrowTypeId id) => id switch
    {
        ArrowTypeId.Int8 => 8,
        ArrowTypeId.Int16 or ArrowTypeId.UInt8 => 16,
        ArrowTypeId.Int32 or ArrowTypeId.UInt16 => 32,
        ArrowTypeId.Int64 or ArrowTypeId.UInt32 => 64,
        _ => null,
    };

    private static long? Integer(IArrowArray a, int i) => a switch
    {
        Int8Array x => x.GetValue(i),
        Int16Array x => x.GetValue(i),
        Int32Array x => x.GetValue(i),
        Int64Array x => x.GetValue(i),
        UInt8Array x => x.GetValue(i),
        UInt16Array x => x.GetValue(i),
        UInt32Array x => x.GetValue(i),
        _ => null,
    };

    private static long PerMicro(TimeUnit unit, out long perSecondDivisor)
    {
        perSecondDivisor = unit switch { TimeUnit.Nanosecond => 1000, _ => 1 };
        return unit switch { TimeUnit.Second => 1_000_000, TimeUnit.Millisecond => 1000, _ => 1 };
    }

    private static Func<IArrowArray, int, object?> TimestampReader(TimeUnit unit)
    {
        long multiply = PerMicro(unit, out long divide);
        return (a, i) => ((TimestampArray)a).GetValue(i) is long v ? new SqlTimestamp(FloorDiv(v, divide) * multiply) : null;
    }

    private static Func<IArrowArray, int, object?> DurationReader(TimeUnit unit)
    {
        long multiply = PerMicro(unit, out long divide);
        return (a, i) => ((DurationArray)a).GetValue(i) is long v ? new SqlDayTimeInterval(v / divide * multiply) : null;
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
}
