using System.Buffers;
using System.Text;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Json;

namespace Sql2Dbsp.Host.Tests.Formats;

public sealed class EncoderTests
{
    private static readonly RelationSchema View = new("v",
    [
        new ColumnSchema("n", false, SqlType.BigInt()),
        new ColumnSchema("s", false, SqlType.Varchar(nullable: true)),
        new ColumnSchema("d", false, SqlType.Decimal(10, 2, nullable: true)),
        new ColumnSchema("day", false, SqlType.Date(nullable: true)),
        new ColumnSchema("at", false, SqlType.Timestamp(nullable: true)),
        new ColumnSchema("x", false, SqlType.Double(nullable: true)),
        new ColumnSchema("b", false, SqlType.Varbinary(nullable: true)),
    ], []);

    private static readonly List<(object?[] Row, long Weight)> Changes =
    [
        ([1L, "a,\"b\"", 1.50m, new DateOnly(2024, 5, 1), new DateTime(2024, 5, 1, 13, 0, 0), double.NaN, new byte[] { 1, 255 }], 2),
        ([2L, "", null, null, null, 0.25, null], -1),
        ([3L, null, null, null, null, null, null], 1),
    ];

    private static string Encode(FormatConfig format)
    {
        var buffer = new ArrayBufferWriter<byte>();
        format.CreateEncoder(View).Encode(Changes, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void JsonInsertDeleteRepeatsByWeight()
    {
        Assert.Equal("""
            {"insert":{"n":1,"s":"a,\"b\"","d":1.50,"day":"2024-05-01","at":"2024-05-01 13:00:00","x":"NaN","b":[1,255]}}
            {"insert":{"n":1,"s":"a,\"b\"","d":1.50,"day":"2024-05-01","at":"2024-05-01 13:00:00","x":"NaN","b":[1,255]}}
            {"delete":{"n":2,"s":"","d":null,"day":null,"at":null,"x":0.25,"b":null}}
            {"insert":{"n":3,"s":null,"d":null,"day":null,"at":null,"x":null,"b":null}}

            """.ReplaceLineEndings("\n"), Encode(new JsonFormat()));
    }

    [Fact]
    public void JsonWeightedArray()
    {
        string text = Encode(new JsonFormat(JsonUpdateFormat.Weighted, Array: true));
        Assert.StartsWith("""[{"weight":2,"data":{"n":1,""", text);
        Assert.Contains("""},{"weight":-1,"data":{"n":2,""", text);
        Assert.EndsWith("}}]\n", text);
        Assert.Equal(3, System.Text.Json.JsonDocument.Parse(text).RootElement.GetArrayLength());
    }

    [Fact]
    public void CsvWritesWeightsAndQuotesWhenNeeded()
    {
        Assert.Equal(
            "1,\"a,\"\"b\"\"\",1.50,2024-05-01,2024-05-01 13:00:00,NaN,\\x01ff,2\n" +
            "2,\"\",,,,0.25,,-1\n" +
            "3,,,,,,,1\n", Encode(new CsvFormat()));
    }

    [Fact]
    public void CsvOutputParsesBack()
    {
        var schema = new RelationSchema("v", [.. View.Columns.Take(5)], []);
        var buffer = new ArrayBufferWriter<byte>();
        new CsvFormat().CreateEncoder(schema).Encode([.. Changes.Select(c => (c.Row[..5], 1L))], buffer);
        // The weight column is extra for the parser; drop it and read the rows back.
        string text = string.Join("\n", Encoding.UTF8.GetString(buffer.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.LastIndexOf(',')]));
        var (changes, errors) = Schemas.ParseAll(new CsvFormat().CreateParser(schema), schema, text);
        Assert.Empty(errors);
        Assert.Equal("Insert x1: 1 (Int64) | a,\"b\" (String) | 1.50 (SqlDecimal) | 2024-05-01 (SqlDate) | 2024-05-01 13:00:00 (SqlTimestamp)", Schemas.Show(changes, 0));
        Assert.Equal("Insert x1: 2 (Int64) |  (String) | NULL | NULL | NULL", Schemas.Show(changes, 1));
    }
}
