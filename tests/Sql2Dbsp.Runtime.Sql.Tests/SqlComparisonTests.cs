using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlComparisonTests
{
    [Fact]
    public void NonNullableOverloadsReturnBool()
    {
        bool lt = SqlComparison.Less(1, 2);
        bool eq = SqlComparison.Equal((sbyte)3, (sbyte)3);
        bool ne = SqlComparison.NotEqual(1.5m, 1.50m);
        Assert.True(lt);
        Assert.True(eq);
        Assert.False(ne);
        Assert.True(SqlComparison.GreaterOrEqual(Date("2024-01-02"), Date("2024-01-01")));
        Assert.True(SqlComparison.LessOrEqual(Ts("2024-01-01"), Ts("2024-01-01")));
        Assert.True(SqlComparison.Greater(true, false));
        Assert.False(SqlComparison.Less(true, false));
    }

    [Fact]
    public void NullableOverloadsPropagateNull()
    {
        Assert.Null(SqlComparison.Equal((int?)null, 1));
        Assert.Null(SqlComparison.Less(1L, (long?)null)); // mixed nullability binds to the nullable overload
        Assert.Null(SqlComparison.Equal((int?)null, null));
        Assert.True(SqlComparison.Less((int?)1, 2));
        Assert.Null(SqlComparison.Equal("a", null));
        Assert.Null(SqlComparison.Equal(null, (string?)null));
        Assert.True(SqlComparison.Equal("a", "a"));
        Assert.False(SqlComparison.Less("b", "a"));
        Assert.Null(SqlComparison.Greater((SqlDate?)null, Date("2024-01-01")));
    }

    [Fact]
    public void DoubleFollowsPostgres()
    {
        double nan = double.NaN;
        Assert.True(SqlComparison.Equal(nan, nan));
        Assert.False(SqlComparison.NotEqual(nan, nan));
        Assert.True(SqlComparison.Greater(nan, double.PositiveInfinity));
        Assert.True(SqlComparison.GreaterOrEqual(nan, 1.0));
        Assert.False(SqlComparison.Less(nan, 1.0));
        Assert.True(SqlComparison.Less(1.0, nan));
        Assert.True(SqlComparison.LessOrEqual(nan, nan));
        Assert.False(SqlComparison.Less(nan, nan));
        Assert.True(SqlComparison.Equal(-0.0, 0.0));
        Assert.True(SqlComparison.Equal(float.NaN, float.NaN));
        Assert.True(SqlComparison.Less(1.0f, float.NaN));
    }

    [Fact]
    public void StringsUseCodePointOrder()
    {
        Assert.True(SqlComparison.Less("\uFFFF", "😀"));
        Assert.True(SqlComparison.Greater("b", "abc"));
        Assert.True(SqlComparison.Less("ab ", "abc")); // CHAR(n) values compare as stored (blank-padded)
    }

    [Fact]
    public void DistinctFromNeverReturnsNull()
    {
        Assert.False(SqlComparison.IsDistinctFrom((int?)null, null));
        Assert.True(SqlComparison.IsDistinctFrom((int?)null, 1));
        Assert.False(SqlComparison.IsDistinctFrom(1, 1));
        Assert.True(SqlComparison.IsNotDistinctFrom((string?)null, null));
        Assert.False(SqlComparison.IsNotDistinctFrom("a", null));
        Assert.False(SqlComparison.IsDistinctFrom(double.NaN, double.NaN));
        Assert.True(SqlComparison.IsNotDistinctFrom((double?)-0.0, 0.0));
    }

    [Fact]
    public void BinaryAndIntervals()
    {
        Assert.True(SqlComparison.Less(new SqlBinary([1]), new SqlBinary([1, 0])));
        Assert.True(SqlComparison.Equal(new SqlBinary([1, 2]), new SqlBinary([1, 2])));
        Assert.True(SqlComparison.Greater(Ym(13), Ym(12)));
        Assert.True(SqlComparison.Equal(Dt("36 hours"), Dt("1 day 12:00:00")));
        Assert.True(SqlComparison.Less(Time("00:00"), Time("23:59:59.999999999")));
    }
}
