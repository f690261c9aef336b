using System.Buffers;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary>A table of every SQL type, rows of it as views output them and as tables take them, and helpers to write
/// and read whole objects.</summary>
internal static class LakeFixtures
{
    public static readonly RelationSchema AllTypes = new("all_types",
    [
        new ColumnSchema("id", false, SqlType.BigInt()),
        new ColumnSchema("b", false, SqlType.Boolean(nullable: true)),
        new ColumnSchema("t", false, SqlType.TinyInt(nullable: true)),
        new ColumnSchema("s", false, SqlType.SmallInt(nullable: true)),
        new ColumnSchema("i", false, SqlType.Integer(nullable: true)),
        new ColumnSchema("d", false, SqlType.Decimal(12, 3, nullable: true)),
        new ColumnSchema("r", false, SqlType.Real(nullable: true)),
        new ColumnSchema("x", false, SqlType.Double(nullable: true)),
        new ColumnSchema("c", false, SqlType.Char(4, nullable: true)),
        new ColumnSchema("v", false, SqlType.Varchar(nullable: true)),
        new ColumnSchema("vb", false, SqlType.Varbinary(nullable: true)),
        new ColumnSchema("day", false, SqlType.Date(nullable: true)),
        new ColumnSchema("tm", false, SqlType.Time(nullable: true)),
        new ColumnSchema("ts", false, SqlType.Timestamp(nullable: true)),
        new ColumnSchema("dt", false, SqlType.IntervalDayTime(nullable: true)),
        new ColumnSchema("ym", false, SqlType.IntervalYearMonth(nullable: true)),
    ], [0]);

    /// <summary>Changes as a view outputs them (CLR values): a full row twice, a row of NULLs, a deletion.</summary>
    public static readonly List<(object?[] Row, long Weight)> Changes =
    [
        ([1L, true, (sbyte)-7, (short)300, 70000, (SqlDecimal)12345.678m, 1.5f, -2.25e100, "ab", "héllo, wörld", new byte[] { 0, 1, 255 },
            new DateOnly(2024, 2, 29), new TimeOnly(13, 45, 30, 123, 456), new DateTime(1969, 12, 31, 23, 59, 59, 999).AddTicks(9990),
            TimeSpan.FromMicroseconds(-90_061_000_001), new SqlMonthInterval(-14)], 2),
        ([2L, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null], 1),
        ([3L, false, sbyte.MaxValue, short.MinValue, int.MinValue, (SqlDecimal)(-0.001m), float.NaN, double.NegativeInfinity, "", "", Array.Empty<byte>(),
            new DateOnly(1, 1, 1), new TimeOnly(0, 0), new DateTime(9999, 12, 31, 23, 59, 59), TimeSpan.Zero, new SqlMonthInterval(0)], -1),
    ];

    /// <summary>The rows of <see cref="Changes"/> as the table takes them (the runtime's SQL values), in file order.</summary>
    public static IReadOnlyList<(ChangeKind Kind, object?[] Row)> Expected()
    {
        var rows = new List<(ChangeKind, object?[])>();
        foreach (var (row, weight) in Changes)
            for (long n = Math.Abs(weight); n > 0; n--) rows.Add((weight > 0 ? ChangeKind.Insert : ChangeKind.Delete, [.. row.Select(ToTableValue)]));
        return rows;
    }

    private static object? ToTableValue(object? v) => v switch
    {
        DateOnly d => SqlDate.FromDateOnly(d),
        TimeOnly t => SqlTime.FromTimeOnly(t),
        DateTime t => SqlTimestamp.FromDateTime(t),
        TimeSpan t => SqlDayTimeInterval.FromTimeSpan(t),
        byte[] b => new SqlBinary(b),
        _ => v,
    };

    public static byte[] Encode(FormatConfig format, RelationSchema schema, IReadOnlyList<(object?[] Row, long Weight)> changes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        format.CreateEncoder(schema).Encode(changes, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads rows [<paramref name="from"/>, <paramref name="to"/>) of an object with the format's parser.</summary>
    public static async Task<(List<(ChangeKind Kind, object?[] Row)> Rows, List<ParseError> Errors, List<long> Ends)> ReadAsync(
        FormatConfig format, RelationSchema schema, Stream source, long from = 0, long to = long.MaxValue, int batchSize = 1000)
    {
        var parser = Assert.IsAssignableFrom<IObjectInputParser>(format.CreateParser(schema));
        var rows = new List<(ChangeKind, object?[])>();
        var errors = new List<ParseError>();
        var ends = new List<long>();
        await parser.ReadAsync(source, "test-object", from, to, () => new ChangeBuffer(schema.Arity, batchSize), (batch, end, _, rejected) =>
        {
            for (int i = 0; i < batch.Count; i++) rows.Add((batch.Kind(i), batch.Row(i).ToArray()));
            if (rejected is not null) errors.AddRange(rejected);
            ends.Add(end);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);
        return (rows, errors, ends);
    }

    public static void AssertRowsEqual(IReadOnlyList<(ChangeKind Kind, object?[] Row)> expected, IReadOnlyList<(ChangeKind Kind, object?[] Row)> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int r = 0; r < expected.Count; r++)
        {
            Assert.Equal(expected[r].Kind, actual[r].Kind);
            for (int c = 0; c < expected[r].Row.Length; c++)
                Assert.True(Equals(expected[r].Row[c], actual[r].Row[c]),
                    $"row {r} column {c}: expected {expected[r].Row[c]} ({expected[r].Row[c]?.GetType().Name}), got {actual[r].Row[c]} ({actual[r].Row[c]?.GetType().Name})");
        }
    }
}
