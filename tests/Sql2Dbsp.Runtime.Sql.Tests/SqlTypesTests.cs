using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlTypesTests
{
    [Theory]
    [InlineData("\\x0a0B", new byte[] { 0x0a, 0x0b })]
    [InlineData("X'0A0B'", new byte[] { 0x0a, 0x0b })]
    [InlineData("x''", new byte[0])]
    [InlineData(" 0a0b ", new byte[] { 0x0a, 0x0b })]
    [InlineData("\\x", new byte[0])]
    public void BinaryParse(string text, byte[] bytes) => Assert.Equal(bytes, SqlBinary.Parse(text).ToArray());

    [Theory]
    [InlineData("0a0")]
    [InlineData("zz")]
    [InlineData("X'0G'")]
    public void BinaryParseRejects(string text) => Throws($"cannot cast '{text}' to VARBINARY", () => SqlBinary.Parse(text));

    [Fact]
    public void BinaryValueSemantics()
    {
        var a = new SqlBinary([0xDE, 0xAD]);
        Assert.Equal("\\xdead", a.ToString());
        Assert.Equal("\\x", default(SqlBinary).ToString());
        Assert.Equal(0, default(SqlBinary).Length);
        Assert.True(a == new SqlBinary(new byte[] { 0xDE, 0xAD }.AsSpan()));
        Assert.True(new SqlBinary([1]) < new SqlBinary([2]));
        Assert.Equal(a.GetHashCode(), new SqlBinary([0xDE, 0xAD]).GetHashCode());
        Assert.Equal(1, a.CompareTo(null));
    }

    [Fact]
    public void StructsAreValueTypesWithOperators()
    {
        Assert.True(Date("2024-01-01") < Date("2024-01-02"));
        Assert.True(Ts("2024-01-01") == Ts("2024-01-01 00:00:00"));
        Assert.True(Time("10:00") >= Time("09:59"));
        Assert.True(Ym(1) != Ym(2));
        Assert.True(Dt("1 second") <= Dt("1 second"));
        Assert.Equal(Date("2024-01-01").GetHashCode(), Date("2024-01-01").GetHashCode());
        Assert.Equal(-1, Date("2024-01-01").CompareTo((object)Date("2024-01-02")));
        Assert.Throws<ArgumentException>(() => Date("2024-01-01").CompareTo("2024-01-01"));
        Assert.True(SqlTimestamp.TryParse("2024-01-01", out _));
        Assert.False(SqlTime.TryParse(null, out _));
        Assert.Equal(new SqlDate(0), default);
    }
}
