namespace Sql2Dbsp.Runtime.Sql.Tests;

/// <summary>ASCII, CHR, MD5, SPLIT_PART (PostgreSQL 15's values).</summary>
public class SqlStringLibraryTests
{
    [Fact]
    public void AsciiAndChr()
    {
        Assert.Equal(65, SqlString.Ascii("ABC"));
        Assert.Equal(0, SqlString.Ascii(""));
        Assert.Equal(128512, SqlString.Ascii("😀x"));
        Assert.Null(SqlString.Ascii(null));
        Assert.Equal("A", SqlString.Chr(65));
        Assert.Equal("😀", SqlString.Chr(128512));
        Assert.Null(SqlString.Chr((int?)null));
        Assert.Throws<SqlRuntimeException>(() => SqlString.Chr(0));
        Assert.Throws<SqlRuntimeException>(() => SqlString.Chr(0xD800));
    }

    [Fact]
    public void Md5IsLowerCaseHex()
    {
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", SqlString.Md5(""));
        Assert.Equal("5d41402abc4b2a76b9719d911017c592", SqlString.Md5("hello"));
        Assert.Null(SqlString.Md5(null));
    }

    [Theory]
    [InlineData("a-b--c", "-", 2, "b")]
    [InlineData("a-b--c", "-", 3, "")]
    [InlineData("a-b--c", "-", -1, "c")]
    [InlineData("a-b--c", "--", 2, "c")]
    [InlineData("a-b--c", "-", 9, "")]
    [InlineData("abc", "", 1, "abc")]
    [InlineData("abc", "", 2, "")]
    [InlineData("", "-", 1, "")]
    public void SplitPart(string s, string delimiter, int n, string expected) =>
        Assert.Equal(expected, SqlString.SplitPart(s, delimiter, n));

    [Fact]
    public void SplitPartZeroIsAnError() =>
        Assert.Throws<SqlRuntimeException>(() => SqlString.SplitPart("a", ",", 0));
}
