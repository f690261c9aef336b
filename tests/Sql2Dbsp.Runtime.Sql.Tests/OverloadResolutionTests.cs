using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

/// <summary>
/// Generated code relies on C# overload resolution: these tests pin the static result types it gets for the argument
/// shapes the emitter produces (same type on both sides, possibly one side nullable).
/// </summary>
public class OverloadResolutionTests
{
    private static T Is<T>(T value) => value;

    [Fact]
    public void ArithmeticKeepsTheOperandType()
    {
        sbyte tiny = Is<sbyte>(SqlArithmetic.Add((sbyte)1, (sbyte)2));
        short small = Is<short>(SqlArithmetic.Multiply((short)3, (short)4));
        long? mixed = Is<long?>(SqlArithmetic.Add(1L, (long?)2));
        int? mixedInt = Is<int?>(SqlArithmetic.Subtract((int?)5, 3));
        SqlDecimal? dec = Is<SqlDecimal?>(SqlArithmetic.Divide(1m, (SqlDecimal?)4m, 3, 2));
        double? dbl = Is<double?>(SqlArithmetic.Negate((double?)2));
        Assert.Equal((sbyte)3, tiny);
        Assert.Equal((short)12, small);
        Assert.Equal(3L, mixed);
        Assert.Equal(2, mixedInt);
        Assert.Equal(0.25m, dec);
        Assert.Equal(-2.0, dbl);
    }

    [Fact]
    public void IntervalTimesIntegerUsesTheIntegerOverload()
    {
        SqlDayTimeInterval? r = Is<SqlDayTimeInterval?>(SqlArithmetic.Multiply((SqlDayTimeInterval?)Dt("1 hour"), (int?)3));
        SqlMonthInterval m = Is<SqlMonthInterval>(SqlArithmetic.Multiply(Ym(2), 3));
        SqlTimestamp? ts = Is<SqlTimestamp?>(SqlArithmetic.Add(Date("2024-01-01"), (SqlMonthInterval?)Ym(1)));
        SqlDate? d = Is<SqlDate?>(SqlArithmetic.Add(Date("2024-01-01"), (int?)1));
        Assert.Equal(Dt("3 hours"), r);
        Assert.Equal(Ym(6), m);
        Assert.Equal(Ts("2024-02-01"), ts);
        Assert.Equal(Date("2024-01-02"), d);
    }

    [Fact]
    public void ComparisonsAndCasts()
    {
        bool b = Is<bool>(SqlComparison.Less(1, 2));
        bool? nb = Is<bool?>(SqlComparison.Less(1, (int?)2));
        bool? sb = Is<bool?>(SqlComparison.Less("a", "b"));
        int i = Is<int>(SqlCast.ToInteger(5L));
        int? ni = Is<int?>(SqlCast.ToInteger((long?)5));
        int? si = Is<int?>(SqlCast.ToInteger("5"));
        string s = Is<string>(SqlCast.ToVarchar(5, -1));
        SqlDecimal? nd = Is<SqlDecimal?>(SqlCast.ToDecimal((int?)5, 5, 2));
        Assert.True(b && nb!.Value && sb!.Value);
        Assert.Equal(5, i);
        Assert.Equal(5, ni);
        Assert.Equal(5, si);
        Assert.Equal("5", s);
        Assert.Equal(5m, nd);
    }

    [Fact]
    public void MathAndDateTime()
    {
        SqlDecimal? r = Is<SqlDecimal?>(SqlMath.Round((SqlDecimal?)2.5m, 0));
        long? y = Is<long?>(SqlDateTime.ExtractYear((SqlTimestamp?)Ts("2024-05-05")));
        SqlDecimal sec = Is<SqlDecimal>(SqlDateTime.ExtractSecond(Ts("2024-05-05 00:00:07")));
        Assert.Equal(3m, r);
        Assert.Equal(2024L, y);
        Assert.Equal(7m, sec);
    }

    [Fact]
    public void NotNullUnwrapsStringCallResults()
    {
        bool lt = Is<bool>(SqlValue.NotNull(SqlComparison.Less("a", "b")));
        bool distinct = Is<bool>(SqlValue.NotNull(SqlComparison.IsDistinctFrom("a", "b")));
        int n = Is<int>(SqlValue.NotNull(SqlCast.ToInteger("42")));
        SqlDate d = Is<SqlDate>(SqlValue.NotNull(SqlCast.ToDate("2024-01-01")));
        long plain = Is<long>(SqlValue.NotNull(5L));
        Assert.True(lt && distinct);
        Assert.Equal(42, n);
        Assert.Equal(Date("2024-01-01"), d);
        Assert.Equal(5L, plain);
    }
}
