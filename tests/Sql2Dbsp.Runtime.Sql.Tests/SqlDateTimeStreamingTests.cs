namespace Sql2Dbsp.Runtime.Sql.Tests;

/// <summary>Window starts (TUMBLE, HOP) and FORMAT_TIMESTAMP / FORMAT_DATE / FORMAT_TIME.</summary>
public class SqlDateTimeStreamingTests
{
    private static SqlDayTimeInterval Seconds(long s) => new(s * 1_000_000);

    [Theory]
    [InlineData("2026-01-01 10:00:09.999", 10, 0, "2026-01-01 10:00:00")]
    [InlineData("2026-01-01 10:00:10", 10, 0, "2026-01-01 10:00:10")]
    [InlineData("2026-01-01 10:00:02", 10, 3, "2026-01-01 09:59:53")]
    [InlineData("1969-12-31 23:59:59", 10, 0, "1969-12-31 23:59:50")] // before the epoch: rounds toward −∞
    public void TumbleStartAlignsAtTheOffset(string ts, long size, long offset, string start)
    {
        var result = SqlDateTime.TumbleStart(SqlTimestamp.Parse(ts), Seconds(size), Seconds(offset));
        Assert.Equal(SqlTimestamp.Parse(start), result);
        Assert.Null(SqlDateTime.TumbleStart((SqlTimestamp?)null, Seconds(size), Seconds(offset)));
    }

    [Theory]
    [InlineData("%Y-%m-%d %H:%M:%S", "2020-10-10 10:00:00")] // Feldera's documented example shape
    [InlineData("%Y-%m %H,%M,%S", "2020-10 10,00,00")]
    [InlineData("%a %A %b %B %e %-d %_m|%j %u %w", "Sat Saturday Oct October 10 10 10|284 6 6")]
    [InlineData("%I %l %p %P %R %T %D %F %y %C", "10 10 AM am 10:00 10:00:00 10/10/20 2020-10-10 20 20")]
    [InlineData("%V %G %U %W %s %%", "41 2020 40 40 1602324000 %")]
    public void FormatTimestampFollowsChrono(string format, string expected) =>
        Assert.Equal(expected, SqlDateTime.Format(format, SqlTimestamp.Parse("2020-10-10 10:00:00")));

    [Theory]
    [InlineData("%.f", "")]
    [InlineData("%S%.f", "05.250")]
    [InlineData("%.3f|%.6f|%.9f|%3f|%f", ".250|.250000|.250000000|250|250000000")]
    public void FractionsOfASecond(string format, string expected)
    {
        var whole = SqlTimestamp.Parse("2020-01-01 00:00:05");
        var ts = format == "%.f" ? whole : SqlTimestamp.Parse("2020-01-01 00:00:05.25");
        Assert.Equal(expected, SqlDateTime.Format(format, ts));
    }

    [Fact]
    public void DatesAndTimesFormatOnlyTheirOwnFields()
    {
        Assert.Equal("2020-10-10", SqlDateTime.Format("%F", SqlDate.Parse("2020-10-10")));
        Assert.Equal("10-00-00", SqlDateTime.Format("%H-%M-%S", SqlTime.Parse("10:00:00")));
        Assert.Throws<SqlRuntimeException>(() => SqlDateTime.Format("%H", SqlDate.Parse("2020-10-10")));
        Assert.Throws<SqlRuntimeException>(() => SqlDateTime.Format("%Y", SqlTime.Parse("10:00:00")));
        Assert.Throws<SqlRuntimeException>(() => SqlDateTime.Format("%Q", SqlDate.Parse("2020-10-10")));
        Assert.Throws<SqlRuntimeException>(() => SqlDateTime.Format("100%", SqlDate.Parse("2020-10-10")));
        Assert.Null(SqlDateTime.Format(null, (SqlDate?)SqlDate.Parse("2020-10-10")));
    }
}
