using Sql2Dbsp.SqlLogicTest.Format;
using Sql2Dbsp.SqlLogicTest.Running;

namespace Sql2Dbsp.SqlLogicTest.Tests;

public class SkipListTests
{
    [Fact]
    public void EntriesMatchAnyLineOfARecordInFilesEndingWithTheirPath()
    {
        var list = SkipList.Parse("""
            # comment

            evidence/in1.test:12  SQLite-only semantics: blobs compare with integers
            other.test:1 reason
            """, "skip.txt");
        Assert.Equal(2, list.Entries.Length);
        var record = SltParser.Parse(string.Concat(Enumerable.Repeat("\n", 10)) + "skipif mysql\nquery I\nSELECT 1\n----\n1\n", "x").Records[0];
        Assert.Equal("SQLite-only semantics: blobs compare with integers", list.For("/corpus/test/evidence/in1.test").ReasonFor(record));
        Assert.Null(list.For("/corpus/test/evidence/xin1.test").ReasonFor(record));
        Assert.Null(list.For("/corpus/test/other.test").ReasonFor(record));
    }

    [Theory]
    [InlineData("evidence/in1.test:12")]
    [InlineData("evidence/in1.test:12   ")]
    [InlineData("evidence/in1.test  reason without a line")]
    [InlineData("evidence/in1.test:x  reason")]
    public void EveryEntryNeedsALineAndAReason(string line)
    {
        var e = Assert.Throws<FormatException>(() => SkipList.Parse(line, "skip.txt"));
        Assert.StartsWith("skip.txt:1:", e.Message);
    }

    [Fact]
    public void TheRepositorysSkipListParses()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "sqllogictest", "skip.txt");
        var list = SkipList.Load(path);
        Assert.NotEmpty(list.Entries);
        Assert.All(list.Entries, e => Assert.True(e.Reason.Length >= 10, $"{e.Path}:{e.Line} needs a real reason"));
    }
}
