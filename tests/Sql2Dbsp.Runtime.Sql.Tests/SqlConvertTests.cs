using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlConvertTests
{
    [Fact]
    public void Integers()
    {
        Assert.Equal(5, SqlConvert.ToInteger(5L));
        Assert.Equal(5, SqlConvert.ToInteger((byte)5));
        Assert.Equal(42, SqlConvert.ToInteger("42"));
        Assert.Equal(3, SqlConvert.ToInteger(2.5));
        Assert.Equal(-3, SqlConvert.ToInteger(-2.5m));
        Assert.Equal((sbyte)1, SqlConvert.ToTinyInt(true));
        Assert.Equal((short)-7, SqlConvert.ToSmallInt((sbyte)-7));
        Assert.Equal(long.MaxValue, SqlConvert.ToBigInt((ulong)long.MaxValue));
        Throws("value 3000000000 out of range for INTEGER", () => SqlConvert.ToInteger(3000000000L));
        Throws("value 18446744073709551615 out of range for BIGINT", () => SqlConvert.ToBigInt(ulong.MaxValue));
        Throws("value 1000 out of range for TINYINT", () => SqlConvert.ToTinyInt(1000.0));
        Throws("NULL value for a NOT NULL column", () => SqlConvert.ToInteger(null));
        Throws("NULL value for a NOT NULL column", () => SqlConvert.ToBigInt(DBNull.Value));
        Assert.Null(SqlConvert.ToNullableInteger(null));
        Assert.Null(SqlConvert.ToNullableInteger(DBNull.Value));
        Assert.Equal(9, SqlConvert.ToNullableBigInt(9));
        Throws("cannot convert a value of type System.Guid to INTEGER", () => SqlConvert.ToInteger(Guid.Empty));
    }

    [Fact]
    public void NumbersAndBooleans()
    {
        Assert.Equal(1.50m, SqlConvert.ToDecimal(1.5, 5, 2));
        Assert.Equal("1.50", SqlConvert.ToDecimal("1.5", 5, 2).ToString());
        Assert.Equal(12m, SqlConvert.ToDecimal(12, 5, 0));
        Throws("value 123456 out of range for DECIMAL(5, 2)", () => SqlConvert.ToDecimal(123456L, 5, 2));
        Assert.Null(SqlConvert.ToNullableDecimal(null, 5, 2));
        Assert.Equal(1.5, SqlConvert.ToDouble(1.5f));
        Assert.Equal(2.0, SqlConvert.ToDouble(2));
        Assert.Equal(0.1, SqlConvert.ToDouble(0.1m));
        Assert.Equal(2.5f, SqlConvert.ToReal("2.5"));
        Assert.True(SqlConvert.ToBoolean("t"));
        Assert.True(SqlConvert.ToBoolean(1));
        Assert.False(SqlConvert.ToBoolean(false));
        Assert.Null(SqlConvert.ToNullableBoolean(null));
    }

    [Fact]
    public void Strings()
    {
        Assert.Equal("abc", SqlConvert.ToVarchar("abc", -1));
        Assert.Equal("ab", SqlConvert.ToVarchar("abc", 2));
        Assert.Equal("42", SqlConvert.ToVarchar(42, -1));
        Assert.Equal("1.50", SqlConvert.ToVarchar(1.50m, -1));
        Assert.Equal("x", SqlConvert.ToVarchar('x', -1));
        Assert.Equal("true", SqlConvert.ToVarchar(true, -1));
        Assert.Equal("2024-01-31", SqlConvert.ToVarchar(new DateOnly(2024, 1, 31), -1));
        Assert.Equal("ab", SqlConvert.ToChar("ab  ", 4));
        Assert.Null(SqlConvert.ToNullableVarchar(null, 5));
        Throws("NULL value for a NOT NULL column", () => SqlConvert.ToVarchar(null, 5));
        Throws("cannot convert a value of type System.Guid to VARCHAR", () => SqlConvert.ToVarchar(Guid.Empty, -1));
    }

    [Fact]
    public void Binary()
    {
        byte[] input = [1, 2, 3];
        SqlBinary b = SqlConvert.ToVarbinary(input);
        input[0] = 9; // the conversion copied the array
        Assert.Equal(new byte[] { 1, 2, 3 }, b.ToArray());
        Assert.Equal(new byte[] { 0xAB }, SqlConvert.ToVarbinary("\\xab").ToArray());
        Assert.Equal(new byte[] { 4 }, SqlConvert.ToVarbinary(new ReadOnlyMemory<byte>([4])).ToArray());
        Assert.Null(SqlConvert.ToNullableVarbinary(null));
        var boxed = (byte[])SqlConvert.Box(b);
        boxed[0] = 7;
        Assert.Equal(1, b.Span[0]); // Box returns a copy too
    }

    [Fact]
    public void DatesAndTimes()
    {
        Assert.Equal(Date("2024-01-31"), SqlConvert.ToDate(new DateOnly(2024, 1, 31)));
        Assert.Equal(Date("2024-01-31"), SqlConvert.ToDate(new DateTime(2024, 1, 31, 12, 0, 0)));
        Assert.Equal(Date("2024-01-31"), SqlConvert.ToDate("2024-01-31"));
        Assert.Equal(Date("2024-01-31"), SqlConvert.ToDate(Ts("2024-01-31 10:00")));
        Assert.Equal(Time("12:30"), SqlConvert.ToTime(new TimeOnly(12, 30)));
        Assert.Equal(Time("12:30"), SqlConvert.ToTime(TimeSpan.FromMinutes(750)));
        Throws("value 1.01:00:00 out of range for TIME", () => SqlConvert.ToTime(TimeSpan.FromHours(25)));
        Assert.Equal(Ts("2024-01-31 12:30:00"), SqlConvert.ToTimestamp(new DateTime(2024, 1, 31, 12, 30, 0)));
        Assert.Equal(Ts("2024-01-31 10:30:00"), SqlConvert.ToTimestamp(new DateTimeOffset(2024, 1, 31, 12, 30, 0, TimeSpan.FromHours(2))));
        Assert.Equal(Ts("2024-01-31 00:00:00"), SqlConvert.ToTimestamp(new DateOnly(2024, 1, 31)));
        Assert.Equal(Ts("2024-01-31 00:00:00"), SqlConvert.ToTimestamp("2024-01-31"));
        Assert.Equal(Dt("90 minutes"), SqlConvert.ToDayTimeInterval(TimeSpan.FromMinutes(90)));
        Assert.Equal(Dt("90 minutes"), SqlConvert.ToDayTimeInterval("01:30:00"));
        Assert.Equal(Ym(14), SqlConvert.ToMonthInterval(14));
        Assert.Equal(Ym(14), SqlConvert.ToMonthInterval("1 year 2 mons"));
        Assert.Null(SqlConvert.ToNullableTimestamp(null));
        Throws("cannot convert a value of type System.Int32 to DATE", () => SqlConvert.ToDate(5));
    }

    [Fact]
    public void Box()
    {
        Assert.Equal(new DateOnly(2024, 1, 31), SqlConvert.Box(Date("2024-01-31")));
        var dt = (DateTime)SqlConvert.Box(Ts("2024-01-31 12:30:00.5"));
        Assert.Equal(new DateTime(2024, 1, 31, 12, 30, 0, 500), dt);
        Assert.Equal(DateTimeKind.Unspecified, dt.Kind);
        Assert.Equal(new TimeOnly(12, 30), SqlConvert.Box(Time("12:30")));
        Assert.Equal(TimeSpan.FromHours(36), SqlConvert.Box(Dt("36 hours")));
        Assert.Equal(Ym(3), SqlConvert.Box(Ym(3)));
        Assert.Null(SqlConvert.Box((int?)null));
        Assert.Null(SqlConvert.Box((SqlDate?)null));
        Assert.Null(SqlConvert.Box((string?)null));
        Assert.Equal(5, SqlConvert.Box((int?)5));
        Assert.Equal((sbyte)5, SqlConvert.Box((sbyte)5));
        Assert.Equal<object>(SqlDecimal.Parse("1.5"), SqlConvert.Box(1.5m));
        Assert.Equal("x", SqlConvert.Box("x"));
        ThrowsStartingWith("value 12345-01-01 out of range for System.DateOnly", () => SqlConvert.Box(Date("12345-01-01")));
    }
}
