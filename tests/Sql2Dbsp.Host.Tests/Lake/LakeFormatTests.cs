using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Formats.Arrow;
using Sql2Dbsp.Connectors.Formats.Parquet;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary>Parquet and Arrow IPC written by our encoders and read back by our parsers: every type, NULLs, deletions,
/// reads that start and stop mid-object, and the errors for files that do not fit the table.</summary>
public sealed class LakeFormatTests
{
    public static TheoryData<string> Formats => ["parquet", "arrow_stream", "arrow_file"];

    private static FormatConfig FormatOf(string name) => name switch
    {
        "parquet" => new ParquetFormat(),
        "arrow_stream" => new ArrowFormat(),
        _ => new ArrowFormat(File: true),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryTypeRoundTrips(string name)
    {
        var format = FormatOf(name);
        byte[] data = LakeFixtures.Encode(format, LakeFixtures.AllTypes, LakeFixtures.Changes);
        var (rows, errors, _) = await LakeFixtures.ReadAsync(format, LakeFixtures.AllTypes, new MemoryStream(data));
        Assert.Empty(errors);
        LakeFixtures.AssertRowsEqual(LakeFixtures.Expected(), rows);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ReadsResumeAndStopAtAnyRow(string name)
    {
        var format = FormatOf(name);
        byte[] data = LakeFixtures.Encode(format, LakeFixtures.AllTypes, LakeFixtures.Changes);
        var expected = LakeFixtures.Expected();
        for (int from = 0; from <= expected.Count; from++)
            for (int to = from; to <= expected.Count; to++)
            {
                var (rows, errs, ends) = await LakeFixtures.ReadAsync(format, LakeFixtures.AllTypes, new MemoryStream(data), from, to, batchSize: 1);
                Assert.True(rows.Count == to - from, $"rows {from} to {to}: {rows.Count} rows, {string.Join("; ", errs)}");
                LakeFixtures.AssertRowsEqual([.. expected.Skip(from).Take(to - from)], rows);
                Assert.Equal(Enumerable.Range(from + 1, to - from).Select(i => (long)i), ends);
            }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ATypeMismatchNamesTheColumnAndBothTypes(string name)
    {
        var format = FormatOf(name);
        var written = new RelationSchema("w", [new ColumnSchema("id", false, SqlType.BigInt()), new ColumnSchema("v", false, SqlType.Varchar(nullable: true))], []);
        byte[] data = LakeFixtures.Encode(format, written, [([1L, "x"], 1)]);
        var table = new RelationSchema("t", [new ColumnSchema("id", false, SqlType.BigInt()), new ColumnSchema("v", false, SqlType.Integer(nullable: true))], []);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => LakeFixtures.ReadAsync(format, table, new MemoryStream(data)));
        Assert.Contains("column 'v' is INTEGER", e.Message);
        Assert.Contains(name == "parquet" ? "STRING" : "utf8", e.Message);
        Assert.Contains("test-object", e.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task NarrowingIntegersIsAMismatchAndWideningIsNot(string name)
    {
        var format = FormatOf(name);
        var small = new RelationSchema("w", [new ColumnSchema("n", false, SqlType.Integer())], []);
        byte[] data = LakeFixtures.Encode(format, small, [([int.MaxValue], 1)]);
        var wide = new RelationSchema("t", [new ColumnSchema("n", false, SqlType.BigInt())], []);
        var (rows, _, _) = await LakeFixtures.ReadAsync(format, wide, new MemoryStream(data));
        Assert.Equal((long)int.MaxValue, rows.Single().Row[0]);
        var narrow = new RelationSchema("t", [new ColumnSchema("n", false, SqlType.SmallInt())], []);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => LakeFixtures.ReadAsync(format, narrow, new MemoryStream(data)));
        Assert.Contains("column 'n' is SMALLINT", e.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task AMissingNotNullColumnIsAnErrorAndAMissingNullableOneReadsNull(string name)
    {
        var format = FormatOf(name);
        var written = new RelationSchema("w", [new ColumnSchema("id", false, SqlType.BigInt())], []);
        byte[] data = LakeFixtures.Encode(format, written, [([5L], 1)]);
        var nullable = new RelationSchema("t", [new ColumnSchema("id", false, SqlType.BigInt()), new ColumnSchema("extra", false, SqlType.Varchar(nullable: true))], []);
        var (rows, _, _) = await LakeFixtures.ReadAsync(format, nullable, new MemoryStream(data));
        Assert.Equal([5L, null], rows.Single().Row);
        var required = new RelationSchema("t", [new ColumnSchema("id", false, SqlType.BigInt()), new ColumnSchema("extra", false, SqlType.Varchar())], []);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => LakeFixtures.ReadAsync(format, required, new MemoryStream(data)));
        Assert.Contains("no column 'extra'", e.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ValuesTheColumnRejectsAreRowErrorsAndTheRestIsRead(string name)
    {
        var format = FormatOf(name);
        var written = new RelationSchema("w", [new ColumnSchema("id", false, SqlType.BigInt()), new ColumnSchema("m", false, SqlType.Decimal(12, 3, nullable: true))], []);
        byte[] data = LakeFixtures.Encode(format, written, [([1L, 12.5m], 1), ([2L, 123456.789m], 1), ([3L, null], 1)]);
        var table = new RelationSchema("t", [new ColumnSchema("id", false, SqlType.BigInt()), new ColumnSchema("m", false, SqlType.Decimal(4, 1))], []);
        var (rows, errors, _) = await LakeFixtures.ReadAsync(format, table, new MemoryStream(data));
        Assert.Equal([1L], rows.Select(r => r.Row[0]));
        Assert.Equal((SqlDecimal)12.5m, rows[0].Row[1]);
        Assert.Equal([2L, 3L], errors.Select(e => e.Record));
        Assert.Contains("column 'm'", errors[0].Message);
        Assert.Contains("NULL for NOT NULL column 'm'", errors[1].Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ACorruptObjectIsAnErrorNamingIt(string name)
    {
        var format = FormatOf(name);
        byte[] data = LakeFixtures.Encode(format, LakeFixtures.AllTypes, LakeFixtures.Changes);
        byte[] truncated = data[..(data.Length / 2)];
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => LakeFixtures.ReadAsync(format, LakeFixtures.AllTypes, new MemoryStream(truncated)));
        Assert.Contains("'test-object'", e.Message);
    }

    [Fact]
    public void ByteStreamTransportsAreToldToUseAFileTransport()
    {
        var parser = new ParquetFormat().CreateParser(LakeFixtures.AllTypes);
        var errors = new List<ParseError>();
        Assert.Equal(4, parser.Parse("PAR1"u8, isFinal: true, new ChangeBuffer(LakeFixtures.AllTypes.Arity, 10), errors));
        Assert.Contains("file_input, url_input or s3_input", Assert.Single(errors).Message);
    }
}
