using Sql2Dbsp.SqlLogicTest.Format;

namespace Sql2Dbsp.SqlLogicTest.Tests;

public class SltParserTests
{
    private static SltFile Parse(string text) => SltParser.Parse(text, "test.slt");

    [Fact]
    public void StatementsAndQueriesWithTheirLines()
    {
        var file = Parse("""
            statement ok
            CREATE TABLE t(a INTEGER)

            statement error
            DROP TABLE nope

            query II rowsort label-7
            SELECT a,
                   a + 1 FROM t
            ----
            1
            2
            """);
        Assert.Equal(3, file.Records.Length);
        var ok = Assert.IsType<StatementRecord>(file.Records[0]);
        Assert.False(ok.ExpectError);
        Assert.Equal("CREATE TABLE t(a INTEGER)", ok.Sql);
        Assert.Equal((1, 1, 2), (ok.FirstLine, ok.Line, ok.LastLine));
        Assert.True(Assert.IsType<StatementRecord>(file.Records[1]).ExpectError);
        var q = Assert.IsType<QueryRecord>(file.Records[2]);
        Assert.Equal("II", q.Types);
        Assert.Equal(SortMode.RowSort, q.Sort);
        Assert.Equal("label-7", q.Label);
        Assert.Equal("SELECT a,\n       a + 1 FROM t", q.Sql);
        Assert.Equal(["1", "2"], Assert.IsType<ExpectedValues>(q.Expected).Values.ToArray());
        Assert.Equal(7, q.Line);
        Assert.Equal(12, q.LastLine);
    }

    [Fact]
    public void CarriageReturnsAreStrippedAndCommentLinesDroppedEverywhere()
    {
        var file = Parse("# header\r\nquery T nosort\r\nSELECT 'a'\r\n# a comment inside the SQL does not end the record\r\nFROM t\r\n----\r\na b\r\n\r\n");
        var q = Assert.IsType<QueryRecord>(Assert.Single(file.Records));
        Assert.Equal("SELECT 'a'\nFROM t", q.Sql);
        Assert.Equal(["a b"], Assert.IsType<ExpectedValues>(q.Expected).Values.ToArray());
        Assert.Equal(2, q.FirstLine);
    }

    [Fact]
    public void WhitespaceOnlyLinesSeparateRecords()
    {
        var file = Parse("statement ok\nCREATE TABLE t(a INTEGER)\n   \nstatement ok\nDROP TABLE t\n");
        Assert.Equal(2, file.Records.Length);
    }

    [Fact]
    public void ConditionsKeepOnlyTheirFirstWords()
    {
        var file = Parse("""
            skipif mysql # not compatible
            onlyif postgresql
            query I nosort
            SELECT 1
            ----
            1
            """);
        var q = Assert.IsType<QueryRecord>(Assert.Single(file.Records));
        Assert.Equal([new Condition(false, "mysql"), new Condition(true, "postgresql")], q.Conditions.ToArray());
        Assert.True(q.RunsOn("postgresql"));
        Assert.True(q.RunsOn("PostgreSQL"));
        Assert.False(q.RunsOn("mysql"));
        Assert.False(q.RunsOn("sqlite"));
        Assert.Equal(1, q.FirstLine);
        Assert.Equal(3, q.Line);
    }

    [Fact]
    public void HashLinesAndMissingResultBlocks()
    {
        var file = Parse("""
            query I nosort
            SELECT a FROM t
            ----
            30 values hashing to 3C13DEE48D9356AE19AF2515E05E6B54

            query I nosort
            SELECT a FROM t WHERE 0
            """);
        var hashed = Assert.IsType<ExpectedHash>(((QueryRecord)file.Records[0]).Expected);
        Assert.Equal(30, hashed.Count);
        Assert.Equal("3c13dee48d9356ae19af2515e05e6b54", hashed.Hash);
        Assert.Empty(Assert.IsType<ExpectedValues>(((QueryRecord)file.Records[1]).Expected).Values);
        Assert.Equal(SortMode.NoSort, ((QueryRecord)file.Records[1]).Sort);
    }

    [Fact]
    public void ControlRecords()
    {
        var file = Parse("hash-threshold 16\n\nonlyif mssql\nhalt\n");
        Assert.Equal(16, Assert.IsType<HashThresholdRecord>(file.Records[0]).Threshold);
        var halt = Assert.IsType<HaltRecord>(file.Records[1]);
        Assert.False(halt.RunsOn("postgresql"));
        Assert.True(halt.RunsOn("mssql"));
    }

    [Theory]
    [InlineData("frobnicate\nSELECT 1", true)]
    [InlineData("statement maybe\nSELECT 1", false)]
    [InlineData("query X\nSELECT 1", false)]
    [InlineData("query I sideways\nSELECT 1", false)]
    [InlineData("query I\n----\n1", false)]
    public void MalformedRecordsAreReportedNotThrown(string text, bool stopsFile)
    {
        var invalid = Assert.IsType<InvalidRecord>(Assert.Single(Parse(text).Records));
        Assert.Equal(stopsFile, invalid.StopsFile);
        Assert.NotEmpty(invalid.Message);
    }

    [Fact]
    public void RecordsCoverTheirLines()
    {
        var q = Parse("\n\nskipif mysql\nquery I\nSELECT 1\n----\n1\n").Records[0];
        Assert.False(q.Covers(2));
        Assert.True(q.Covers(3));
        Assert.True(q.Covers(7));
        Assert.False(q.Covers(8));
    }
}
