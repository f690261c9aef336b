using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlCastTests
{
    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -3)]
    [InlineData(2.4999, 2)]
    [InlineData(-0.5, -1)]
    [InlineData(0.49, 0)]
    public void NumericToIntegerRoundsHalfAwayFromZero(double value, int expected)
    {
        Assert.Equal(expected, SqlCast.ToInteger(value));
        Assert.Equal(expected, SqlCast.ToInteger((decimal)value));
        Assert.Equal(expected, SqlCast.ToBigInt((float)value));
    }

    [Fact]
    public void IntegerRangeChecks()
    {
        Throws("value 300 out of range for TINYINT", () => SqlCast.ToTinyInt(300));
        Throws("value -129 out of range for TINYINT", () => SqlCast.ToTinyInt(-129L));
        Throws("value 3000000000 out of range for INTEGER", () => SqlCast.ToInteger(3000000000L));
        Throws("value 127.5 out of range for TINYINT", () => SqlCast.ToTinyInt(127.5m));
        Throws("value 9.3e+18 out of range for BIGINT", () => SqlCast.ToBigInt(9.3e18));
        Throws("value NaN out of range for INTEGER", () => SqlCast.ToInteger(double.NaN));
        Throws("value Infinity out of range for SMALLINT", () => SqlCast.ToSmallInt(double.PositiveInfinity));
        Assert.Equal((sbyte)127, SqlCast.ToTinyInt(127.4m));
        Assert.Equal((sbyte)-128, SqlCast.ToTinyInt(-128.4));
        Assert.Equal(long.MinValue, SqlCast.ToBigInt(-9.2233720368547758E18));
        Assert.Equal(1, SqlCast.ToInteger(true));
        Assert.Equal((short)0, SqlCast.ToSmallInt(false));
        Assert.Equal(5L, SqlCast.ToBigInt((sbyte)5));
    }

    [Fact]
    public void StringToInteger()
    {
        Assert.Equal(42, SqlCast.ToInteger(" 42 "));
        Assert.Equal(7, SqlCast.ToInteger("+7"));
        Assert.Equal(-7L, SqlCast.ToBigInt("-7"));
        Assert.Null(SqlCast.ToInteger((string?)null));
        Throws("cannot cast 'abc' to INTEGER", () => SqlCast.ToInteger("abc"));
        Throws("cannot cast '1.5' to INTEGER", () => SqlCast.ToInteger("1.5"));
        Throws("cannot cast '' to BIGINT", () => SqlCast.ToBigInt(""));
        Throws("cannot cast '-' to BIGINT", () => SqlCast.ToBigInt("-"));
        Throws("value 300 out of range for TINYINT", () => SqlCast.ToTinyInt("300"));
        Throws("value 9223372036854775808 out of range for BIGINT", () => SqlCast.ToBigInt("9223372036854775808"));
        Throws("value 99999999999999999999999 out of range for BIGINT", () => SqlCast.ToBigInt(" 99999999999999999999999"));
        Assert.Equal(long.MinValue, SqlCast.ToBigInt("-9223372036854775808"));
    }

    [Fact]
    public void ToDecimalRoundsAndPadsToScale()
    {
        Assert.Equal("1.50", SqlCast.ToDecimal(1.5m, 5, 2).ToString());
        Assert.Equal("1.50", SqlCast.ToVarchar(SqlCast.ToDecimal(1.5m, 5, 2), -1));
        Assert.Equal("1.01", SqlCast.ToVarchar(SqlCast.ToDecimal(1.005m, 5, 2), -1));
        Assert.Equal("-1.01", SqlCast.ToVarchar(SqlCast.ToDecimal(-1.005m, 5, 2), -1));
        Assert.Equal("3", SqlCast.ToVarchar(SqlCast.ToDecimal(2.5m, 5, 0), -1));
        Assert.Equal("0.10000", SqlCast.ToVarchar(SqlCast.ToDecimal(0.1, 10, 5), -1));
        Assert.Equal("0.10", SqlCast.ToVarchar(SqlCast.ToDecimal(0.1f, 10, 2), -1));
        Assert.Equal("42.000", SqlCast.ToVarchar(SqlCast.ToDecimal(42, 10, 3), -1));
        Assert.Equal("1.00", SqlCast.ToVarchar(SqlCast.ToDecimal(true, 3, 2), -1));
        Assert.Equal(0.99m, SqlCast.ToDecimal(0.99m, 2, 2));
        Throws("value 12345.6 out of range for DECIMAL(5, 2)", () => SqlCast.ToDecimal(12345.6m, 5, 2));
        Throws("value 999.995 out of range for DECIMAL(5, 2)", () => SqlCast.ToDecimal(999.995m, 5, 2));
        Throws("value 1 out of range for DECIMAL(2, 2)", () => SqlCast.ToDecimal(1, 2, 2));
        Throws("cannot cast 'NaN' to DECIMAL(10, 2)", () => SqlCast.ToDecimal(double.NaN, 10, 2));
        Assert.Equal(123.46m, SqlCast.ToDecimal(" 1.23456e2 ", 10, 2));
        Throws("cannot cast '1.2.3' to DECIMAL(10, 2)", () => SqlCast.ToDecimal("1.2.3", 10, 2));
        Assert.Null(SqlCast.ToDecimal((string?)null, 10, 2));
        Assert.Null(SqlCast.ToDecimal((double?)null, 10, 2));
        Assert.Equal(1.23m, SqlCast.ToDecimal((double?)1.23, 10, 2));
    }

    [Fact]
    public void FloatingCasts()
    {
        Assert.Equal(1500.0, SqlCast.ToDouble("  1.5e3 "));
        Assert.Equal(double.PositiveInfinity, SqlCast.ToDouble("Infinity"));
        Assert.Equal(double.NegativeInfinity, SqlCast.ToDouble("-inf"));
        Assert.True(double.IsNaN(SqlCast.ToDouble("nan")!.Value));
        Throws("value 1e400 out of range for DOUBLE", () => SqlCast.ToDouble("1e400"));
        Throws("cannot cast '1,5' to DOUBLE", () => SqlCast.ToDouble("1,5"));
        Throws("value 1e39 out of range for REAL", () => SqlCast.ToReal("1e39"));
        Assert.Equal(0.1f, SqlCast.ToReal("0.1"));
        Throws("value 1e+300 out of range for REAL", () => SqlCast.ToReal(1e300));
        Assert.Equal(float.PositiveInfinity, SqlCast.ToReal(double.PositiveInfinity));
        Assert.Equal(0.1, SqlCast.ToDouble(0.1m));
        Assert.Equal(1.0, SqlCast.ToDouble(true));
    }

    [Fact]
    public void Booleans()
    {
        Assert.True(SqlCast.ToBoolean("yes"));
        Assert.True(SqlCast.ToBoolean("  TRUE "));
        Assert.True(SqlCast.ToBoolean("t"));
        Assert.True(SqlCast.ToBoolean("on"));
        Assert.True(SqlCast.ToBoolean("1"));
        Assert.False(SqlCast.ToBoolean("f"));
        Assert.False(SqlCast.ToBoolean("No"));
        Assert.False(SqlCast.ToBoolean("off"));
        Assert.False(SqlCast.ToBoolean("0"));
        Throws("cannot cast 'o' to BOOLEAN", () => SqlCast.ToBoolean("o"));
        Throws("cannot cast 'truth' to BOOLEAN", () => SqlCast.ToBoolean("truth"));
        Throws("cannot cast '' to BOOLEAN", () => SqlCast.ToBoolean(""));
        Assert.True(SqlCast.ToBoolean(5));
        Assert.False(SqlCast.ToBoolean(0.0));
        Assert.Equal("true", SqlCast.ToVarchar(true, -1));
        Assert.Equal("false", SqlCast.ToVarchar(false, -1));
        Assert.Equal("fal", SqlCast.ToVarchar(false, 3));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e15, "1e+15")]
    [InlineData(123456789012345.0, "123456789012345")]
    [InlineData(1e14, "100000000000000")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(-0.0, "-0")]
    [InlineData(0.0, "0")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e100, "1e+100")]
    [InlineData(12345678901234567890.0, "1.2345678901234567e+19")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.Epsilon, "5e-324")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100.0, "100")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void DoubleToStringLikePostgres(double value, string expected)
    {
        Assert.Equal(expected, SqlCast.ToVarchar(value, -1));
        if (double.IsFinite(value))
        {
            Assert.Equal(value, SqlCast.ToDouble(expected));
        }
    }

    [Theory]
    [InlineData(1e6f, "1e+06")]
    [InlineData(100000f, "100000")]
    [InlineData(0.1f, "0.1")]
    [InlineData(3.14159f, "3.14159")]
    [InlineData(1.5e-5f, "1.5e-05")]
    public void RealToStringLikePostgres(float value, string expected) => Assert.Equal(expected, SqlCast.ToVarchar(value, -1));

    [Fact]
    public void NumbersToString()
    {
        Assert.Equal("-42", SqlCast.ToVarchar(-42, -1));
        Assert.Equal("9223372036854775807", SqlCast.ToVarchar(long.MaxValue, -1));
        Assert.Equal("-12", SqlCast.ToVarchar((sbyte)-12, -1));
        Assert.Equal("0.00", SqlCast.ToVarchar(-0.00m, -1));
        Assert.Equal("12", SqlCast.ToVarchar(12345, 2));
        Assert.Equal("42", SqlCast.ToChar(42, 5));
        Assert.Null(SqlCast.ToVarchar((int?)null, 10));
        Assert.Equal("7", SqlCast.ToVarchar((int?)7, 10));
    }

    [Fact]
    public void StringsTruncateByCharacterAndCharDropsItsPadding()
    {
        Assert.Equal("hel", SqlCast.ToVarchar("hello", 3));
        Assert.Equal("hello", SqlCast.ToVarchar("hello", -1));
        Assert.Equal("a😀", SqlCast.ToVarchar("a😀b", 2));
        // CHAR values are kept without trailing blanks (truncated first) and padded only to be shown.
        Assert.Equal("ab", SqlCast.ToChar("ab", 4));
        Assert.Equal("ab", SqlCast.ToChar("ab    ", 4));
        // A CHAR without length (bpchar) keeps the value as it is; its cast to VARCHAR drops the trailing blanks.
        Assert.Equal(" a  ", SqlCast.ToChar(" a  ", -1));
        Assert.Equal(" a", SqlString.TrimPadding(" a  "));
        Assert.Equal("", SqlString.TrimPadding("   "));
        Assert.Null(SqlString.TrimPadding(null));
        Assert.Equal("a  ", SqlString.PadChar("a  ", -1));
        Assert.Equal("abc", SqlCast.ToChar("abcdef", 3));
        Assert.Equal("a", SqlCast.ToChar("a  bc", 3));
        Assert.Equal("😀", SqlCast.ToChar("😀 x", 2));
        Assert.Equal("😀  ", SqlString.PadChar("😀", 3));
        Assert.Equal("😀 ", SqlString.PadChar("😀", 2));
        Assert.Equal("abc", SqlString.PadChar("abc", 2));
        Assert.Null(SqlString.PadChar(null, 3));
        Assert.Null(SqlCast.ToChar((string?)null, 3));
        Assert.Null(SqlCast.ToVarchar((string?)null, 3));
    }

    [Fact]
    public void DateTimeCasts()
    {
        Assert.Equal(Date("2024-01-31"), SqlCast.ToDate("2024-01-31"));
        Throws("cannot cast '2024-02-30' to DATE", () => SqlCast.ToDate("2024-02-30"));
        Assert.Equal(Ts("2024-01-31 00:00:00"), SqlCast.ToTimestamp(Date("2024-01-31")));
        Assert.Equal(Date("2024-01-31"), SqlCast.ToDate(Ts("2024-01-31 23:59:59.999999")));
        Assert.Equal(Date("1969-12-31"), SqlCast.ToDate(Ts("1969-12-31 23:00")));
        Assert.Equal(Time("23:00"), SqlCast.ToTime(Ts("1969-12-31 23:00")));
        Assert.Equal("2024-01-31 12:30:00", SqlCast.ToVarchar(Ts("2024-01-31 12:30"), -1));
        Assert.Equal("2024-01-31", SqlCast.ToVarchar(Date("2024-01-31"), -1));
        Assert.Equal("12:30:00.5", SqlCast.ToVarchar(Time("12:30:00.5"), -1));
        Assert.Equal("1 year 2 mons", SqlCast.ToVarchar(Ym(14), -1));
        Assert.Equal("1 day 02:00:00", SqlCast.ToVarchar(Dt("26 hours"), -1));
        Assert.Equal(Ym(14), SqlCast.ToMonthInterval("1 year 2 months"));
        Assert.Equal(Dt("1 hour"), SqlCast.ToDayTimeInterval("01:00:00"));
        Throws("cannot cast 'soon' to INTERVAL DAY TO SECOND", () => SqlCast.ToDayTimeInterval("soon"));
        Assert.Null(SqlCast.ToTimestamp((string?)null));
        Assert.Null(SqlCast.ToDate((SqlTimestamp?)null));
        Throws("value 5000000-01-01 out of range for TIMESTAMP", () => SqlCast.ToTimestamp(Date("5000000-01-01")));
    }

    [Fact]
    public void BinaryCasts()
    {
        Assert.Equal(new byte[] { 0x0a, 0x0b }, SqlCast.ToVarbinary("\\x0a0B")!.Value.ToArray());
        Assert.Equal("abc"u8.ToArray(), SqlCast.ToVarbinary("abc")!.Value.ToArray());
        Assert.Equal(new byte[] { (byte)'a', (byte)'\\', (byte)'b' }, SqlCast.ToVarbinary("a\\\\b")!.Value.ToArray());
        Assert.Equal(new byte[] { 1, (byte)'x' }, SqlCast.ToVarbinary("\\001x")!.Value.ToArray());
        Assert.Equal("é"u8.ToArray(), SqlCast.ToVarbinary("é")!.Value.ToArray());
        Throws("cannot cast '\\x0' to VARBINARY", () => SqlCast.ToVarbinary("\\x0"));
        Throws("cannot cast 'a\\b' to VARBINARY", () => SqlCast.ToVarbinary("a\\b"));
        Assert.Equal("\\x0a0b", SqlCast.ToVarchar(new SqlBinary([0x0a, 0x0b]), -1));
    }
}
