using System.Globalization;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Formats.Lake;

/// <summary>
/// Conversions shared by the columnar formats: view values (the CLR values of view rows, or the runtime's own SQL
/// values) to the integers the files store (days, microseconds, nanoseconds, months), and file values to the column
/// values a table takes.
/// </summary>
internal static class LakeValues
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>Days since 1970-01-01 of a DATE value.</summary>
    public static int Days(object value) => value switch
    {
        SqlDate d => d.Days,
        DateOnly d => SqlDate.FromDateOnly(d).Days,
        _ => throw Unexpected(value, "DATE"),
    };

    /// <summary>A DATE value as a <see cref="DateOnly"/>.</summary>
    public static DateOnly DateOnlyOf(object value) => value as DateOnly? ?? new SqlDate(Days(value)).ToDateOnly();

    /// <summary>Microseconds since 1970-01-01 00:00:00 of a TIMESTAMP value.</summary>
    public static long TimestampMicros(object value) => value switch
    {
        SqlTimestamp t => t.Microseconds,
        DateTime t => SqlTimestamp.FromDateTime(t).Microseconds,
        _ => throw Unexpected(value, "TIMESTAMP"),
    };

    /// <summary>Nanoseconds since midnight of a TIME value.</summary>
    public static long TimeNanos(object value) => value switch
    {
        SqlTime t => t.Nanoseconds,
        TimeOnly t => SqlTime.FromTimeOnly(t).Nanoseconds,
        _ => throw Unexpected(value, "TIME"),
    };

    /// <summary>Microseconds of a day-time INTERVAL value.</summary>
    public static long IntervalMicros(object value) => value switch
    {
        SqlDayTimeInterval i => i.Microseconds,
        TimeSpan t => SqlDayTimeInterval.FromTimeSpan(t).Microseconds,
        long l => l,
        _ => throw Unexpected(value, "INTERVAL"),
    };

    /// <summary>Months of a year-month INTERVAL value.</summary>
    public static int IntervalMonths(object value) => value switch
    {
        SqlMonthInterval m => m.Months,
        int i => i,
        long l => checked((int)l),
        _ => throw Unexpected(value, "INTERVAL"),
    };

    /// <summary>The bytes of a VARBINARY value.</summary>
    public static byte[] Bytes(object value) => value switch
    {
        byte[] b => b,
        SqlBinary b => b.ToArray(),
        _ => throw Unexpected(value, "VARBINARY"),
    };

    /// <summary>A string column value: CHAR(n) is padded and VARCHAR(n) checked like a cast.</summary>
    public static string Text(string s, SqlType type) => type.Kind switch
    {
        SqlTypeKind.Char => SqlCast.ToChar(s, type.Precision)!,
        _ => type.Precision >= 0 ? SqlCast.ToVarchar(s, type.Precision)! : s,
    };

    /// <summary>A timestamp column value from microseconds since the epoch.</summary>
    public static object Timestamp(long micros) => new SqlTimestamp(micros);

    /// <summary>A timestamp column value from a <see cref="DateTime"/> (Parquet.Net's representation).</summary>
    public static object Timestamp(DateTime value) => new SqlTimestamp(CivilFloorDiv(value.Ticks - UnixEpochTicks, 10));

    /// <summary>A long integer in the range of an integer column, or an error naming the column.</summary>
    public static object Integer(long value, SqlType type, string column) => type.Kind switch
    {
        SqlTypeKind.TinyInt when value is >= sbyte.MinValue and <= sbyte.MaxValue => (object)(sbyte)value,
        SqlTypeKind.SmallInt when value is >= short.MinValue and <= short.MaxValue => (object)(short)value,
        SqlTypeKind.Integer when value is >= int.MinValue and <= int.MaxValue => (object)(int)value,
        SqlTypeKind.BigInt => (object)value,
        _ => throw new SqlRuntimeException($"column '{column}' ({type}): {value.ToString(CultureInfo.InvariantCulture)} is out of range"),
    };

    /// <summary>The kind of change a <c>__feldera_op</c> value asks for: <c>"i"</c> insert, <c>"d"</c> delete,
    /// <c>"u"</c> upsert (an insert, which replaces by primary key); null for anything else.</summary>
    public static ChangeKind? OpKind(string? op) => op switch
    {
        "i" or "u" => ChangeKind.Insert,
        "d" => ChangeKind.Delete,
        _ => null,
    };

    /// <summary>The message for a <c>__feldera_op</c> value that is not one.</summary>
    public static string BadOp(string? op) =>
        $"column '{OpColumn}': expected \"i\", \"d\" or \"u\", found {(op is null ? "NULL" : $"\"{op}\"")}";

    /// <summary>The column that carries each row's change, as in Feldera's Delta Lake output.</summary>
    public const string OpColumn = "__feldera_op";

    /// <summary>The changes as the rows an object format writes: a row of weight ±n n times, with its <c>__feldera_op</c>.</summary>
    public static (List<object?[]> Rows, List<string> Ops) Expand(IReadOnlyList<(object?[] Row, long Weight)> changes)
    {
        var rows = new List<object?[]>(changes.Count);
        var ops = new List<string>(changes.Count);
        foreach (var (row, weight) in changes)
            for (long n = Math.Abs(weight); n > 0; n--)
            {
                rows.Add(row);
                ops.Add(weight > 0 ? "i" : "d");
            }
        return (rows, ops);
    }

    private static long CivilFloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static InvalidOperationException Unexpected(object value, string type) =>
        new($"bug: a {type} column holds a {value.GetType().Name}");
}
