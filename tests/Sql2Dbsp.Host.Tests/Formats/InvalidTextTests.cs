using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Json;

namespace Sql2Dbsp.Host.Tests.Formats;

/// <summary>Bytes that are not UTF-8 text, and JSON escapes that are not Unicode text (a lone surrogate): a rejected
/// record with its position like any other bad value, never an exception out of the parser.</summary>
public sealed class InvalidTextTests
{
    /// <summary>"1,a\n" + a record with an invalid byte + "3,c\n".</summary>
    private static byte[] Around(string before, byte[] bad, string after) =>
        [.. System.Text.Encoding.UTF8.GetBytes(before), .. bad, .. System.Text.Encoding.UTF8.GetBytes(after)];

    private static (ChangeBuffer Changes, List<ParseError> Errors) Parse(IInputParser parser, RelationSchema schema, byte[] bytes)
    {
        var buffer = new ChangeBuffer(schema.Arity, 1000);
        var errors = new List<ParseError>();
        Assert.Equal(bytes.Length, parser.Parse(bytes, isFinal: true, buffer, errors));
        return (buffer, errors);
    }

    [Theory]
    [InlineData("{\"insert\": {\"k\": 2, \"v\": \"x", "\"}}\n", "column 'v' (VARCHAR): the string is not valid UTF-8")]
    [InlineData("{\"insert\": {\"k\": 2, \"", "\": \"x\"}}\n", "a field name is not valid UTF-8")]
    [InlineData("{\"", "\": {\"k\": 2}}\n", "a field name is not valid UTF-8")]
    public void InvalidUtf8InJsonRejectsTheRecord(string before, string after, string reason)
    {
        byte[] bytes = Around("{\"insert\": {\"k\": 1, \"v\": \"a\"}}\n" + before, [0xC3, 0x28, 0xFF], after + "{\"insert\": {\"k\": 3, \"v\": \"c\"}}\n");
        var (changes, errors) = Parse(new JsonFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, bytes);
        Assert.Equal(2, changes.Count);
        var error = Assert.Single(errors);
        Assert.Equal((2, 2), (error.Record, error.Line));
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("x\\udc00y")]
    [InlineData("\\ud800\\u0041")]
    public void LoneSurrogateEscapeInJsonRejectsTheRecord(string escaped)
    {
        string text = "{\"insert\": {\"k\": 1, \"v\": \"a\"}}\n{\"insert\": {\"k\": 2, \"v\": \"" + escaped + "\"}}\n{\"insert\": {\"k\": 3, \"v\": \"c\"}}\n";
        var (changes, errors) = Parse(new JsonFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(2, changes.Count);
        var error = Assert.Single(errors);
        Assert.Equal((2, 2), (error.Record, error.Line));
        Assert.Contains("column 'v' (VARCHAR): the string is not valid Unicode (a lone surrogate escape)", error.Message);
    }

    [Fact]
    public void ValidSurrogatePairIsKept()
    {
        string text = "{\"insert\": {\"k\": 1, \"v\": \"\\ud83d\\ude00\"}}\n";
        var (changes, errors) = Parse(new JsonFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Empty(errors);
        Assert.Equal("😀", changes.Row(0)[1]);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded in UTF-8 (CESU), not valid UTF-8
    public void InvalidUtf8InCsvRejectsTheRecord(byte[] bad)
    {
        byte[] bytes = Around("1,a\n2,x", bad, "y\n3,c\n");
        var (changes, errors) = Parse(new CsvFormat().CreateParser(Schemas.Multiset), Schemas.Multiset, bytes);
        Assert.Equal(2, changes.Count);
        var error = Assert.Single(errors);
        Assert.Equal((2, 2), (error.Record, error.Line));
        Assert.Contains("column 'v' (VARCHAR): the text is not valid UTF-8 (byte 2 of the field)", error.Message);
    }
}
