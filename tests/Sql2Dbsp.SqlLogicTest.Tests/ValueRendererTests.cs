using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.SqlLogicTest.Results;

namespace Sql2Dbsp.SqlLogicTest.Tests;

public class ValueRendererTests
{
    [Theory]
    [InlineData(42L, "42")]
    [InlineData(-7, "-7")]
    [InlineData((short)3, "3")]
    [InlineData(4294967301L, "5")] // 2^32 + 5: the low 32 bits, as sqlite3_column_int gives them
    [InlineData(2.9, "2")]
    [InlineData(-2.9, "-2")]
    [InlineData(1e30, "-1")] // saturates to 2^63 - 1, whose low 32 bits are all ones
    [InlineData(true, "1")]
    [InlineData(false, "0")]
    [InlineData("12abc", "12")]
    [InlineData("  -5", "-5")]
    [InlineData("abc", "0")]
    [InlineData("1.9", "1")]
    public void IntegerColumns(object value, string expected) => Assert.Equal(expected, ValueRenderer.Render(value, 'I'));

    [Fact]
    public void DecimalsInIntegerColumnsAreTruncated()
    {
        Assert.Equal("2", ValueRenderer.Render(SqlDecimal.Parse("2.75"), 'I'));
        Assert.Equal("-2", ValueRenderer.Render(SqlDecimal.Parse("-2.75"), 'I'));
        Assert.Equal("-1", ValueRenderer.Render(SqlDecimal.Parse("99999999999999999999999999999999999999"), 'I')); // saturated to BIGINT, low 32 bits
    }

    [Theory]
    [InlineData(1L, "1.000")]
    [InlineData(2.5, "2.500")]
    [InlineData(-0.0, "0.000")]
    [InlineData(-0.0001, "-0.000")]
    [InlineData(0.0004, "0.000")]
    [InlineData(0.0006, "0.001")]
    [InlineData(2.0005, "2.001")] // 16 significant digits first (2.000500000000000), then half up
    [InlineData(-9223372036854775808.0, "-9223372036854776000.000")] // at most 16 significant digits, then zeros
    [InlineData(18446744073709551616.0, "18446744073709550000.000")]
    [InlineData(123456.7891, "123456.789")]
    [InlineData(999.9996, "1000.000")]
    [InlineData(true, "1.000")]
    [InlineData("3.5xyz", "3.500")]
    [InlineData("nope", "0.000")]
    public void RealColumns(object value, string expected) => Assert.Equal(expected, ValueRenderer.Render(value, 'R'));

    [Fact]
    public void DecimalsInRealColumns() => Assert.Equal("3.710", ValueRenderer.Render(SqlDecimal.Parse("3.71"), 'R'));

    [Theory]
    [InlineData("hello world", "hello world")]
    [InlineData("", "(empty)")]
    [InlineData("tab\there", "tab@here")]
    [InlineData("é", "@@")] // two UTF-8 bytes
    [InlineData(17L, "17")]
    [InlineData(true, "true")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e20, "1e+20")]
    public void TextColumns(object value, string expected) => Assert.Equal(expected, ValueRenderer.Render(value, 'T'));

    [Fact]
    public void NullIsNullInEveryColumnType()
    {
        Assert.Equal("NULL", ValueRenderer.Render(null, 'I'));
        Assert.Equal("NULL", ValueRenderer.Render(null, 'R'));
        Assert.Equal("NULL", ValueRenderer.Render(null, 'T'));
    }

    [Fact]
    public void DecimalTextHasTheDeclaredScale()
    {
        Assert.Equal("2.50", ValueRenderer.Render(SqlDecimal.Parse("2.5"), 'T', SqlType.Decimal(10, 2)));
        Assert.Equal("-0.100", ValueRenderer.Render(SqlDecimal.Parse("-0.1"), 'T', SqlType.Decimal(10, 3)));
        Assert.Equal("2.5", ValueRenderer.Render(SqlDecimal.Parse("2.5"), 'T'));
        Assert.Equal("-1234567890123456789012345678.9012345678", ValueRenderer.Render(SqlDecimal.Parse("-1234567890123456789012345678.9012345678"), 'T', SqlType.Decimal(38, 10)));
    }

    [Fact]
    public void TemporalTextIsIso()
    {
        Assert.Equal("2024-02-29", ValueRenderer.Render(new DateOnly(2024, 2, 29), 'T'));
        Assert.Equal("08:30:00", ValueRenderer.Render(new TimeOnly(8, 30), 'T'));
        Assert.Equal("08:30:00.25", ValueRenderer.Render(new TimeOnly(8, 30, 0, 250), 'T'));
        Assert.Equal("2024-01-15 08:30:00", ValueRenderer.Render(new DateTime(2024, 1, 15, 8, 30, 0), 'T'));
        Assert.Equal("1 day 02:00:00", ValueRenderer.Render(TimeSpan.FromHours(26), 'T'));
        Assert.Equal("-02:30:00", ValueRenderer.Render(TimeSpan.FromMinutes(-150), 'T'));
        Assert.Equal("1 year 2 mons", ValueRenderer.Render(new Runtime.Sql.SqlMonthInterval(14), 'T'));
    }
}
