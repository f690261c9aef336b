using System.Buffers;
using Parquet;
using Parquet.Schema;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors.Formats.Lake;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Formats.Parquet;

/// <summary>A row group's values of one column, converted to the table column's type; rows whose value could not be
/// converted have their error in <see cref="Errors"/> instead. <see cref="Values"/> is rented (a row group's column is
/// large enough to land on the large object heap every time): <see cref="Return"/> gives it back.</summary>
internal readonly record struct DecodedColumn(object?[] Values, string?[]? Errors)
{
    /// <summary>A cleared array of at least <paramref name="rows"/> values.</summary>
    public static object?[] Rent(int rows) => ArrayPool<object?>.Shared.Rent(rows);

    /// <summary>Returns <see cref="Values"/> to the pool, cleared (it must not keep rows alive).</summary>
    public void Return() => ArrayPool<object?>.Shared.Return(Values, clearArray: true);
}

/// <summary>
/// One table column bound to the Parquet field it is read from: the check that the field's type can be read into the
/// column's (done once, when the file is opened, so a mismatch is one clear error naming both types) and the typed
/// read-and-convert of a row group's values.
/// </summary>
internal sealed class ParquetColumn
{
    private readonly Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>> decode;

    private ParquetColumn(int ordinal, DataField? field, Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>> decode)
    {
        Ordinal = ordinal;
        Field = field;
        this.decode = decode;
    }

    /// <summary>The table column's ordinal.</summary>
    public int Ordinal { get; }

    /// <summary>The file's field (null: the file has no such column and it reads as NULL).</summary>
    public DataField? Field { get; }

    /// <summary>Reads and converts the column's <paramref name="rows"/> values in <paramref name="group"/>.</summary>
    public Task<DecodedColumn> DecodeAsync(ParquetRowGroupReader group, int rows, CancellationToken cancellationToken) =>
        decode(group, rows, cancellationToken);

    /// <summary>A nullable column the file does not have: every row reads NULL.</summary>
    public static ParquetColumn Missing(int ordinal) =>
        new(ordinal, null, (_, rows, _) => Task.FromResult(new DecodedColumn(DecodedColumn.Rent(rows), null)));

    /// <summary>The binding of <paramref name="column"/> to <paramref name="field"/>, or an error naming both types.</summary>
    public static ParquetColumn Bind(int ordinal, ColumnSchema column, DataField field, string file)
    {
        var type = column.Type;
        string name = column.Name;
        Type clr = field.ClrType;
        Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>>? decode = type.Kind switch
        {
            SqlTypeKind.Boolean when clr == typeof(bool) => Struct<bool>(field, b => b),
            SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt => IntegerReader(field, type, name),
            SqlTypeKind.Decimal when clr == typeof(decimal) => Struct<decimal>(field, d => LakeDecimal.FromDecimal(d, type)),
            SqlTypeKind.Decimal when IsInteger(clr) => IntegerAs(field, l => LakeDecimal.FromDecimal(l, type)),
            SqlTypeKind.Real when clr == typeof(float) => Struct<float>(field, f => f),
            SqlTypeKind.Double when clr == typeof(double) => Struct<double>(field, d => d),
            SqlTypeKind.Double when clr == typeof(float) => Struct<float>(field, f => (double)f),
            SqlTypeKind.Char or SqlTypeKind.Varchar when clr == typeof(string) || clr == typeof(ReadOnlyMemory<char>) => Strings(field, s => LakeValues.Text(s, type)),
            SqlTypeKind.Varbinary when clr == typeof(byte[]) || clr == typeof(ReadOnlyMemory<byte>) => Bytes(field),
            SqlTypeKind.Date when clr == typeof(DateOnly) => Struct<DateOnly>(field, d => SqlDate.FromDateOnly(d)),
            SqlTypeKind.Date when clr == typeof(DateTime) && field is DateTimeDataField { DateTimeFormat: DateTimeFormat.Date } =>
                Struct<DateTime>(field, d => SqlDate.FromDateOnly(DateOnly.FromDateTime(d))),
            SqlTypeKind.Timestamp when clr == typeof(DateTime) => Struct<DateTime>(field, LakeValues.Timestamp),
            SqlTypeKind.Time when field is TimeDataField time && clr == typeof(long) => Struct<long>(field, t => new SqlTime(t * NanosPer(time.Precision))),
            SqlTypeKind.Time when field is TimeDataField time && clr == typeof(int) => Struct<int>(field, t => new SqlTime(t * NanosPer(time.Precision))),
            SqlTypeKind.Time when clr == typeof(TimeSpan) => Struct<TimeSpan>(field, t => new SqlTime(t.Ticks * 100)),
            SqlTypeKind.Time when clr == typeof(TimeOnly) => Struct<TimeOnly>(field, t => SqlTime.FromTimeOnly(t)),
            SqlTypeKind.IntervalDayTime when clr == typeof(long) => Struct<long>(field, l => new SqlDayTimeInterval(l)),
            SqlTypeKind.IntervalYearMonth when clr == typeof(int) => Struct<int>(field, i => new SqlMonthInterval(i)),
            _ => null,
        };
        if (decode is null)
            throw new InvalidDataException($"'{file}': column '{name}' is {type.WithNullable(true)} in the table, but the Parquet file has {Describe(field)}, which cannot be read into it");
        return new ParquetColumn(ordinal, field, decode);
    }

    private static long NanosPer(TimeUnitPrecision unit) => unit switch
    {
        TimeUnitPrecision.Millis => 1_000_000,
        TimeUnitPrecision.Micros => 1000,
        _ => 1,
    };

    /// <summary>The field's type as messages show it.</summary>
    public static string Describe(DataField field) => field switch
    {
        DecimalDataField d => $"DECIMAL({d.Precision},{d.Scale})",
        DateTimeDataField t => $"{t.DateTimeFormat} ({t.Unit.ToString().ToLowerInvariant()})",
        TimeDataField t => $"TIME ({t.Precision.ToString().ToLowerInvariant()})",
        _ => field.ClrType.Name switch
        {
            "SByte" => "INT8", "Int16" => "INT16", "Int32" => "INT32", "Int64" => "INT64",
            "Byte" => "UINT8", "UInt16" => "UINT16", "UInt32" => "UINT32", "UInt64" => "UINT64",
            "Boolean" => "BOOLEAN", "Single" => "FLOAT", "Double" => "DOUBLE", "Byte[]" => "BINARY",
            _ when field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) => "STRING",
            _ when field.ClrType == typeof(ReadOnlyMemory<byte>) => "BINARY",
            "DateOnly" => "DATE",
            var other => other,
        },
    };

    private static bool IsInteger(Type t) =>
        t == typeof(sbyte) || t == typeof(short) || t == typeof(int) || t == typeof(long) || t == typeof(byte) || t == typeof(ushort) || t == typeof(uint);

    /// <summary>Integers are read into an integer column when every value of the file's type fits (widening only):
    /// a narrowing would reject rows the file's type promises are valid.</summary>
    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>>? IntegerReader(DataField field, SqlType type, string name)
    {
        int fileBits = field.ClrType == typeof(sbyte) ? 8 : field.ClrType == typeof(short) || field.ClrType == typeof(byte) ? 16
            : field.ClrType == typeof(int) || field.ClrType == typeof(ushort) ? 32 : field.ClrType == typeof(long) || field.ClrType == typeof(uint) ? 64 : 0;
        int columnBits = type.Kind switch { SqlTypeKind.TinyInt => 8, SqlTypeKind.SmallInt => 16, SqlTypeKind.Integer => 32, _ => 64 };
        if (fileBits == 0 || fileBits > columnBits || field is DecimalDataField) return null;
        return IntegerAs(field, l => LakeValues.Integer(l, type, name));
    }

    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>> IntegerAs(DataField field, Func<long, object> convert)
    {
        Type t = field.ClrType;
        if (t == typeof(sbyte)) return Struct<sbyte>(field, v => convert(v));
        if (t == typeof(short)) return Struct<short>(field, v => convert(v));
        if (t == typeof(int)) return Struct<int>(field, v => convert(v));
        if (t == typeof(byte)) return Struct<byte>(field, v => convert(v));
        if (t == typeof(ushort)) return Struct<ushort>(field, v => convert(v));
        if (t == typeof(uint)) return Struct<uint>(field, v => convert(v));
        return Struct<long>(field, convert);
    }

    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>> Struct<T>(DataField field, Func<T, object> convert)
        where T : struct =>
        async (group, rows, cancellationToken) =>
        {
            T?[]? raw = null;
            T[]? required = null;
            var values = DecodedColumn.Rent(rows);
            string?[]? errors = null;
            try
            {
                // A required field is read without definition levels: reading it as nullable is not reliable in Parquet.Net.
                if (field.IsNullable)
                {
                    raw = ArrayPool<T?>.Shared.Rent(rows);
                    await group.ReadAsync<T>(field, raw.AsMemory(0, rows), null, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    required = ArrayPool<T>.Shared.Rent(rows);
                    await group.ReadAsync<T>(field, required.AsMemory(0, rows), null, cancellationToken).ConfigureAwait(false);
                }
                for (int i = 0; i < rows; i++)
                {
                    T v;
                    if (required is not null) v = required[i];
                    else if (raw![i] is T present) v = present;
                    else continue;
                    try
                    {
                        values[i] = convert(v);
                    }
                    catch (SqlRuntimeException e)
                    {
                        (errors ??= new string?[rows])[i] = e.Message;
                    }
                }
            }
            catch
            {
                ArrayPool<object?>.Shared.Return(values, clearArray: true);
                throw;
            }
            finally
            {
                if (raw is not null) ArrayPool<T?>.Shared.Return(raw);
                if (required is not null) ArrayPool<T>.Shared.Return(required);
            }
            return new DecodedColumn(values, errors);
        };

    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>> Strings(DataField field, Func<string, object> convert) =>
        async (group, rows, cancellationToken) =>
        {
            var raw = new string?[rows];
            await group.ReadAsync(field, raw.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            var values = DecodedColumn.Rent(rows);
            string?[]? errors = null;
            for (int i = 0; i < rows; i++)
            {
                if (raw[i] is not { } s) continue;
                try
                {
                    values[i] = convert(s);
                }
                catch (SqlRuntimeException e)
                {
                    (errors ??= new string?[rows])[i] = e.Message;
                }
            }
            return new DecodedColumn(values, errors);
        };

    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<DecodedColumn>> Bytes(DataField field) =>
        async (group, rows, cancellationToken) =>
        {
            var raw = new byte[]?[rows];
            await group.ReadAsync(field, raw.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            var values = DecodedColumn.Rent(rows);
            for (int i = 0; i < rows; i++)
                if (raw[i] is { } b) values[i] = new SqlBinary(b);
            return new DecodedColumn(values, null);
        };
}
