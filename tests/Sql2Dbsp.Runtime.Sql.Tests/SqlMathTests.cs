using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlMathTests
{
    [Fact]
    public void Abs()
    {
        Assert.Equal(5, SqlMath.Abs(-5));
        Assert.Equal((sbyte)127, SqlMath.Abs((sbyte)-127));
        Assert.Equal(1.5m, SqlMath.Abs(-1.5m));
        Assert.Equal(0.0, SqlMath.Abs(-0.0));
        Throws("integer overflow: ABS(-128) (TINYINT)", () => SqlMath.Abs(sbyte.MinValue));
        Throws("integer overflow: ABS(-9223372036854775808) (BIGINT)", () => SqlMath.Abs(long.MinValue));
        Assert.Null(SqlMath.Abs((int?)null));
    }

    [Fact]
    public void RoundHalfAwayFromZero()
    {
        Assert.Equal(3m, SqlMath.Round(2.5m));
        Assert.Equal(-3m, SqlMath.Round(-2.5m));
        Assert.Equal(2m, SqlMath.Round(2.4m));
        Assert.Equal(2.35m, SqlMath.Round(2.345m, 2));
        Assert.Equal(-2.35m, SqlMath.Round(-2.345m, 2));
        Assert.Equal("1.50", SqlMath.Round(1.5m, 2).ToString());
        Assert.Equal("1200", SqlMath.Round(1234.5678m, -2).ToString());
        Assert.Equal("1300", SqlMath.Round(1250m, -2).ToString());
        Assert.Equal(0m, SqlMath.Round(1234m, -30));
        Assert.Equal(3.0, SqlMath.Round(2.5));
        Assert.Equal(-1.0, SqlMath.Round(-0.5));
        Assert.Equal(2.68, SqlMath.Round(2.675, 2));
        Assert.Equal(-2.68, SqlMath.Round(-2.675, 2));
        Assert.Equal(1200.0, SqlMath.Round(1234.5, -2));
        Assert.Equal(1e300, SqlMath.Round(1e300, 2));
        Assert.True(double.IsNaN(SqlMath.Round(double.NaN, 2)));
        Assert.Equal(3f, SqlMath.Round(2.5f));
        Assert.Equal(2.68f, SqlMath.Round(2.675f, 2));
        Assert.Equal(1300L, SqlMath.Round(1250L, -2));
        Assert.Equal(-1300L, SqlMath.Round(-1250L, -2));
        Assert.Equal(-1200, SqlMath.Round(-1249, -2));
        Assert.Equal(5L, SqlMath.Round(5L, 3));
        Assert.Equal((sbyte)120, SqlMath.Round((sbyte)124, -1));
        Throws("value 130 out of range for TINYINT", () => SqlMath.Round((sbyte)125, -1));
        Throws("integer overflow: ROUND(9223372036854775807, -1) (BIGINT)", () => SqlMath.Round(long.MaxValue, -1));
        Assert.Equal(0L, SqlMath.Round(4_000_000_000_000_000_000L, -19));
        Assert.Null(SqlMath.Round((SqlDecimal?)null, 2));
        Assert.Null(SqlMath.Round(1.5m, (int?)null));
    }

    [Fact]
    public void TruncateFloorCeil()
    {
        Assert.Equal(2.67, SqlMath.Truncate(2.679, 2));
        Assert.Equal(1200L, SqlMath.Truncate(1299L, -2));
        Assert.Equal(-2m, SqlMath.Floor(-1.5m));
        Assert.Equal(-1m, SqlMath.Ceil(-1.5m));
        Assert.Equal(2.0, SqlMath.Ceil(1.2));
        Assert.Equal(1.0, SqlMath.Floor(1.8));
        Assert.Equal(7, SqlMath.Floor(7));
        Assert.Equal(7L, SqlMath.Ceil(7L));
    }

    [Fact]
    public void PowerAndRoots()
    {
        Assert.Equal(1024.0, SqlMath.Power(2.0, 10.0));
        Assert.Equal(-8.0, SqlMath.Power(-2.0, 3.0));
        Throws("zero raised to a negative power is undefined: POWER(0, -1)", () => SqlMath.Power(0.0, -1.0));
        Throws("a negative number raised to a non-integer power yields a complex result: POWER(-8, 0.5)", () => SqlMath.Power(-8.0, 0.5));
        Throws("value out of range: overflow: POWER(10, 400)", () => SqlMath.Power(10.0, 400.0));
        Assert.Equal(3.0, SqlMath.Sqrt(9.0));
        Throws("cannot take square root of a negative number: SQRT(-1)", () => SqlMath.Sqrt(-1.0));
        Assert.Equal(3.0, SqlMath.Cbrt(27.0), 12);
    }

    [Fact]
    public void Logarithms()
    {
        Assert.Equal(1.0, SqlMath.Ln(Math.E), 12);
        Assert.Equal(3.0, SqlMath.Log10(1000.0), 12);
        Assert.Equal(3.0, SqlMath.Log(2.0, 8.0), 12);
        Assert.Equal(1.0, SqlMath.Exp(0.0));
        Throws("cannot take logarithm of zero: LN(0)", () => SqlMath.Ln(0.0));
        Throws("cannot take logarithm of a negative number: LOG10(-1)", () => SqlMath.Log10(-1.0));
        Throws("value out of range: overflow: EXP(1000)", () => SqlMath.Exp(1000.0));
        Assert.Null(SqlMath.Ln((double?)null));
    }

    [Fact]
    public void SignAndMod()
    {
        Assert.Equal(-1, SqlMath.Sign(-5));
        Assert.Equal((sbyte)1, SqlMath.Sign((sbyte)9));
        Assert.Equal("0", SqlMath.Sign(0.00m).ToString());
        Assert.Equal("-1", SqlMath.Sign(-1.50m).ToString());
        Assert.Equal(-1.0, SqlMath.Sign(-0.1));
        Assert.True(double.IsNaN(SqlMath.Sign(double.NaN)));
        Assert.Equal(-1, SqlMath.Mod(-7, 3));
        Throws("division by zero: 7 % 0", () => SqlMath.Mod(7, 0));
        Assert.Null(SqlMath.Mod((long?)7, null));
    }
}
