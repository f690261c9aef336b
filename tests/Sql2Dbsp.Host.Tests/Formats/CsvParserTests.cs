using Sql2Dbsp.Connectors.Formats.Csv;

namespace Sql2Dbsp.Host.Tests.Formats;

public sealed class CsvParserTests
{
    private const string Text = "1,plain\r\n2,\"quoted, with \"\"quotes\"\" and\nnewline\"\n3,\n4,\"\"\n\n5,last";

    [Fact]
    public void QuotingNullsAndLineEnds()
    {
        var (changes, errors) = Schemas.ParseAll(new CsvFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, Text);
        Assert.Empty(errors);
        Assert.Equal(
        [
            "Insert x1: 1 (Int32) | plain (String)",
            "Insert x1: 2 (Int32) | quoted, with \"quotes\" and\nnewline (String)",
            "Insert x1: 3 (Int32) | NULL",
            "Insert x1: 4 (Int32) |  (String)",
            "Insert x1: 5 (Int32) | last (String)",
        ], Schemas.ShowAll(changes));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public void ChunkBoundariesDoNotMatter(int chunk)
    {
        var whole = Schemas.ParseAll(new CsvFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, Text);
        var chunked = Schemas.ParseChunked(new CsvFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, Text, chunk, capacity: 2);
        Assert.Equal(Schemas.ShowAll(whole.Changes), Schemas.ShowAll(chunked.Changes));
        Assert.Empty(chunked.Errors);
    }

    [Fact]
    public void DelimiterHeadersAndTypes()
    {
        var parser = new CsvFormat((byte)';', Headers: true).CreateParser(Schemas.Keyed);
        var (changes, errors) = Schemas.ParseAll(parser, Schemas.Keyed, "id;name;price;ok;day;at;score;small\n7;n;2.005;true;2024-01-31;2024-01-31T08:00:00;-1.5e2;12\n");
        Assert.Empty(errors);
        Assert.Equal(["Insert x1: 7 (Int64) | n (String) | 2.01 (SqlDecimal) | True (Boolean) | 2024-01-31 (SqlDate) | 2024-01-31 08:00:00 (SqlTimestamp) | -150 (Double) | 12 (SByte)"],
            Schemas.ShowAll(changes));
    }

    [Fact]
    public void ErrorsCarryLineNumbersAcrossQuotedNewlines()
    {
        var parser = new CsvFormat().CreateParser(Schemas.Multiset);
        var (changes, errors) = Schemas.ParseAll(parser, Schemas.Multiset, "1,\"two\nlines\"\nbad,x\n3,x\"y\n4,\"open\n");
        Assert.Equal(["Insert x1: 1 (Int32) | two\nlines (String)"], Schemas.ShowAll(changes));
        Assert.Equal(
        [
            "record 2 (line 3): column 'k' (INTEGER): expected an integer, found 'bad'",
            "record 3 (line 4): a quote inside an unquoted field (quote the whole field and double the quote)",
            "record 4 (line 5): unterminated quoted field",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void SkippedOversizeRecordResumesOnTheNextLine()
    {
        var parser = new CsvFormat().CreateParser(Schemas.Multiset);
        var buffer = new Connectors.ChangeBuffer(2, 100);
        var errors = new List<Connectors.Formats.ParseError>();
        parser.SkipRecord("record too long", errors);
        byte[] data = "rest of the long record\n7,after\n"u8.ToArray();
        Assert.Equal(data.Length, parser.Parse(data, isFinal: true, buffer, errors));
        Assert.Equal(["Insert x1: 7 (Int32) | after (String)"], Schemas.ShowAll(buffer));
        Assert.Equal("record 1 (line 1): record too long", Assert.Single(errors).ToString());
    }
}
