using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats.Json;

namespace Sql2Dbsp.Host.Tests.Formats;

public sealed class JsonParserTests
{
    private static readonly string Ndjson = """
        {"insert": {"id": 1, "name": "a", "price": 1.239, "ok": true, "day": "2024-02-29", "at": "2024-02-29 12:34:56.5", "score": 1e3, "small": -128}}
        {"delete": {"id": 1}}
          {"update": {"id": 2, "price": null}}
        {"insert": {"ID": 3, "Name": "case", "price": "7.5"}}
        """;

    [Fact]
    public void InsertDeleteUpdateIntoTypedValues()
    {
        var (changes, errors) = Schemas.ParseAll(new JsonFormat().CreateParser(Schemas.Keyed), Schemas.Keyed, Ndjson);
        Assert.Empty(errors);
        Assert.Equal(
        [
            "Insert x1: 1 (Int64) | a (String) | 1.24 (SqlDecimal) | True (Boolean) | 2024-02-29 (SqlDate) | 2024-02-29 12:34:56.5 (SqlTimestamp) | 1000 (Double) | -128 (SByte)",
            "Delete x1: 1 (Int64) | NULL | NULL | NULL | NULL | NULL | NULL | NULL",
            "Update x1: 2 (Int64) | - | NULL | - | - | - | - | -",
            "Insert x1: 3 (Int64) | case (String) | 7.50 (SqlDecimal) | NULL | NULL | NULL | NULL | NULL",
        ], Schemas.ShowAll(changes));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public void ChunkBoundariesDoNotMatter(int chunk)
    {
        var whole = Schemas.ParseAll(new JsonFormat().CreateParser(Schemas.Keyed), Schemas.Keyed, Ndjson);
        var chunked = Schemas.ParseChunked(new JsonFormat().CreateParser(Schemas.Keyed), Schemas.Keyed, Ndjson, chunk, capacity: 2);
        Assert.Equal(Schemas.ShowAll(whole.Changes), Schemas.ShowAll(chunked.Changes));
        Assert.Empty(chunked.Errors);
    }

    [Fact]
    public void MultiLineValuesAndArrays()
    {
        var parser = new JsonFormat(JsonUpdateFormat.InsertDelete, Array: true).CreateParser(Schemas.Multiset);
        var (changes, errors) = Schemas.ParseChunked(parser, Schemas.Multiset, """
            [
              {"insert": {"k": 1, "v": "x"}},
              {"insert": {"k": 2, "v": "y"}}
            ]
            [{"delete": {"k": 1, "v": "x"}}]
            """, chunk: 5);
        Assert.Empty(errors);
        Assert.Equal(["Insert x1: 1 (Int32) | x (String)", "Insert x1: 2 (Int32) | y (String)", "Delete x1: 1 (Int32) | x (String)"], Schemas.ShowAll(changes));
    }

    [Fact]
    public void WeightedRecordsInAnyFieldOrder()
    {
        var parser = new JsonFormat(JsonUpdateFormat.Weighted).CreateParser(Schemas.Multiset);
        var (changes, errors) = Schemas.ParseAll(parser, Schemas.Multiset, """
            {"weight": 3, "data": {"k": 1, "v": null}}
            {"data": {"k": 2, "v": "b"}, "weight": -2}
            {"weight": 0, "data": {"k": 3, "v": "c"}}
            """);
        Assert.Empty(errors);
        Assert.Equal(["Insert x3: 1 (Int32) | NULL", "Delete x2: 2 (Int32) | b (String)"], Schemas.ShowAll(changes));
    }

    [Fact]
    public void WeightsOtherThanOneAreRejectedForKeyedTables()
    {
        var parser = new JsonFormat(JsonUpdateFormat.Weighted).CreateParser(Schemas.Keyed);
        var (changes, errors) = Schemas.ParseAll(parser, Schemas.Keyed, """{"weight": 2, "data": {"id": 1, "name": "a"}}""");
        Assert.Equal(0, changes.Count);
        Assert.Contains("has a primary key, so a weight must be 1 (insert) or -1 (delete)", Assert.Single(errors).Message);
    }

    [Fact]
    public void ErrorsNameRecordLineAndColumn()
    {
        var parser = new JsonFormat().CreateParser(Schemas.Keyed);
        var (changes, errors) = Schemas.ParseAll(parser, Schemas.Keyed, """
            {"insert": {"id": 1, "name": "ok"}}
            {"insert": {"id": 2, "name": "x", "small": 300}}
            {"insert": {"id": 3, "name": "x", "day": "yesterday"}}
            {"update": {"name": "no key"}}
            {"insert": {"id": 5, "name": "x", "ok": "yes"}}
            {"insert": {"id": 6, "name": "x"}} trailing
            {"insert": {"id": 7, "name": "last"}}
            """);
        Assert.Equal(["Insert x1: 1 (Int64) | ok (String) | NULL | NULL | NULL | NULL | NULL | NULL", "Insert x1: 6 (Int64) | x (String) | NULL | NULL | NULL | NULL | NULL | NULL",
            "Insert x1: 7 (Int64) | last (String) | NULL | NULL | NULL | NULL | NULL | NULL"], Schemas.ShowAll(changes));
        Assert.Equal(
        [
            "record 2 (line 2): column 'small' (TINYINT): expected an integer in TINYINT range, found '300'",
            "record 3 (line 3): column 'day' (DATE): cannot cast 'yesterday' to DATE",
            "record 4 (line 4): an update needs key column 'id'",
            "record 5 (line 5): column 'ok' (BOOLEAN): expected true or false, found a string",
        ], errors.Take(4).Select(e => e.ToString()));
        Assert.StartsWith("record 7 (line 6): invalid JSON", errors[4].ToString());
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void UpdateNeedsAPrimaryKey()
    {
        var parser = new JsonFormat().CreateParser(Schemas.Multiset);
        var (_, errors) = Schemas.ParseAll(parser, Schemas.Multiset, """{"update": {"k": 1}}""");
        Assert.Equal("update needs a primary key, and table 'events' has none (use delete and insert)", Assert.Single(errors).Message);
    }

    [Fact]
    public void IncompleteLastRecordWaitsForMoreDataThenFailsAtTheEnd()
    {
        var parser = new JsonFormat().CreateParser(Schemas.Multiset);
        var buffer = new ChangeBuffer(2, 100);
        var errors = new List<Connectors.Formats.ParseError>();
        byte[] data = """{"insert": {"k": 1, "v": "x"}}{"insert": {"k": 2"""u8.ToArray();
        int used = parser.Parse(data, isFinal: false, buffer, errors);
        Assert.Equal(30, used);
        Assert.Equal(1, buffer.Count);
        used = parser.Parse(data.AsSpan(used), isFinal: true, buffer, errors);
        Assert.Equal(data.Length - 30, used);
        Assert.Equal(1, buffer.Count);
        Assert.StartsWith("record 2 (line 1): invalid JSON", Assert.Single(errors).ToString());
    }

    [Fact]
    public void SkippedOversizeRecordResumesOnTheNextLine()
    {
        var parser = new JsonFormat().CreateParser(Schemas.Multiset);
        var buffer = new ChangeBuffer(2, 100);
        var errors = new List<Connectors.Formats.ParseError>();
        parser.SkipRecord("record too long", errors);
        byte[] data = "rest of the long record\"}}\n{\"insert\": {\"k\": 1, \"v\": null}}\n"u8.ToArray();
        Assert.Equal(data.Length, parser.Parse(data, isFinal: true, buffer, errors));
        Assert.Equal(1, buffer.Count);
        Assert.Equal("record 1 (line 1): record too long", Assert.Single(errors).ToString());
    }

    [Fact]
    public void CutShortLineLosesOnlyItsOwnRecordWhileStreaming()
    {
        var parser = new JsonFormat().CreateParser(Schemas.Multiset);
        var buffer = new ChangeBuffer(2, 100);
        var errors = new List<Connectors.Formats.ParseError>();
        byte[] data = "{\"insert\": {\"k\": 1, \"v\": null}}\n{\"insert\": {\"k\": 2, \"v\": null\n{\"insert\": {\"k\": 3, \"v\": null}}\n"u8.ToArray();
        int used = parser.Parse(data, isFinal: false, buffer, errors);
        Assert.Equal(data.Length - 1, used); // the last line break waits with the next chunk
        Assert.Equal(["Insert x1: 1 (Int32) | NULL", "Insert x1: 3 (Int32) | NULL"], Schemas.ShowAll(buffer));
        Assert.StartsWith("record 2 (line 2): invalid JSON", Assert.Single(errors).ToString());
        Assert.EndsWith("(noticed on line 3)", errors[0].Message);
    }
}
