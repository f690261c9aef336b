using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlArithmeticTests
{
    [Fact]
    public void IntegerDivisionTruncatesTowardZero()
    {
        Assert.Equal(3, SqlArithmetic.Divide(7, 2));
        Assert.Equal(-3, SqlArithmetic.Divide(-7, 2));
        Assert.Equal(-3, SqlArithmetic.Divide(7, -2));
        Assert.Equal(3L, SqlArithmetic.Divide(-7L, -2L));
        Assert.Equal((sbyte)-3, SqlArithmetic.Divide((sbyte)-7, (sbyte)2));
        Assert.Equal((short)3, SqlArithmetic.Divide((short)7, (short)2));
    }

    [Fact]
    public void ModuloTakesSignOfDividend()
    {
        Assert.Equal(-1, SqlArithmetic.Modulo(-7, 3));
        Assert.Equal(1, SqlArithmetic.Modulo(7, -3));
        Assert.Equal(-1L, SqlArithmetic.Modulo(-7L, -3L));
        Assert.Equal(0, SqlArithmetic.Modulo(int.MinValue, -1));
        Assert.Equal(0L, SqlArithmetic.Modulo(long.MinValue, -1L));
        Assert.Equal((sbyte)0, SqlArithmetic.Modulo(sbyte.MinValue, (sbyte)-1));
        Assert.Equal("-1.5", SqlArithmetic.Modulo(-7.5m, 2m, 2, 1).ToString());
        Assert.Equal(-1.5, SqlArithmetic.Modulo(-7.5, 2.0));
    }

    [Fact]
    public void OverflowErrorsNameOperationAndType()
    {
        Throws("integer overflow: 9223372036854775807 + 1 (BIGINT)", () => SqlArithmetic.Add(long.MaxValue, 1L));
        Throws("integer overflow: -9223372036854775808 - 1 (BIGINT)", () => SqlArithmetic.Subtract(long.MinValue, 1L));
        Throws("integer overflow: 4294967296 * 4294967296 (BIGINT)", () => SqlArithmetic.Multiply(4294967296L, 4294967296L));
        Throws("integer overflow: -9223372036854775808 / -1 (BIGINT)", () => SqlArithmetic.Divide(long.MinValue, -1L));
        Throws("integer overflow: -(-9223372036854775808) (BIGINT)", () => SqlArithmetic.Negate(long.MinValue));
        Throws("integer overflow: 2147483647 + 1 (INTEGER)", () => SqlArithmetic.Add(int.MaxValue, 1));
        Throws("integer overflow: 65536 * 65536 (INTEGER)", () => SqlArithmetic.Multiply(65536, 65536));
        Throws("integer overflow: -2147483648 / -1 (INTEGER)", () => SqlArithmetic.Divide(int.MinValue, -1));
        Throws("integer overflow: 100 + 28 (TINYINT)", () => SqlArithmetic.Add((sbyte)100, (sbyte)28));
        Throws("integer overflow: -128 / -1 (TINYINT)", () => SqlArithmetic.Divide(sbyte.MinValue, (sbyte)-1));
        Throws("integer overflow: -(-128) (TINYINT)", () => SqlArithmetic.Negate(sbyte.MinValue));
        Throws("integer overflow: 200 * 200 (SMALLINT)", () => SqlArithmetic.Multiply((short)200, (short)200));
        Throws("integer overflow: -32768 - 1 (SMALLINT)", () => SqlArithmetic.Subtract(short.MinValue, (short)1));
        Assert.Equal((sbyte)127, SqlArithmetic.Add((sbyte)100, (sbyte)27));
        Assert.Equal(long.MinValue, SqlArithmetic.Multiply(long.MinValue, 1L));
        Assert.Equal(-4611686018427387904L * 2, SqlArithmetic.Multiply(-4611686018427387904L, 2L));
        Assert.Equal(long.MaxValue, SqlArithmetic.Negate(-long.MaxValue));
    }

    [Fact]
    public void DivisionByZero()
    {
        Throws("division by zero: 5 / 0", () => SqlArithmetic.Divide(5, 0));
        Throws("division by zero: 5 % 0", () => SqlArithmetic.Modulo(5L, 0L));
        Throws("division by zero: -3 / 0", () => SqlArithmetic.Divide((sbyte)-3, (sbyte)0));
        Throws("division by zero: 1.50 / 0", () => SqlArithmetic.Divide(1.50m, 0m, 10, 2));
        Throws("division by zero: 1.5 / 0", () => SqlArithmetic.Divide(1.5, 0.0));
        Throws("division by zero: 0 / 0", () => SqlArithmetic.Divide(0.0, -0.0));
        Throws("division by zero: Infinity % 0", () => SqlArithmetic.Modulo(double.PositiveInfinity, 0.0));
        Throws("division by zero: 2 / 0", () => SqlArithmetic.Divide(2f, 0f));
        Assert.True(double.IsNaN(SqlArithmetic.Divide(double.NaN, 0.0)));
    }

    [Fact]
    public void DecimalArithmeticReaches38Digits()
    {
        const string Max38 = "99999999999999999999999999999999999999";
        Assert.Equal("3.00", SqlArithmetic.Add(1.50m, 1.50m, 4, 2).ToString());
        Assert.Equal("2.250", SqlArithmetic.Multiply(1.50m, 1.5m, 6, 3).ToString());
        Assert.Equal("-1.5", SqlArithmetic.Negate(1.5m).ToString());
        Assert.Equal(Max38, SqlArithmetic.Add(D("99999999999999999999999999999999999998"), 1m, 38, 0).ToString());
        Throws("decimal overflow: 12345678901234567890 * 9876543210987654321 (DECIMAL(38, 0))",
            () => SqlArithmetic.Multiply(D("12345678901234567890"), D("9876543210987654321"), 38, 0));
        Assert.Equal("12193263113702179522374638011112635269",
            SqlArithmetic.Multiply(D("1234567890123456789"), D("9876543210987654321"), 38, 0).ToString());
        Throws("decimal overflow: " + Max38 + " + 1 (DECIMAL(38, 0))", () => SqlArithmetic.Add(D(Max38), 1m, 38, 0));
        Throws("decimal overflow: " + Max38 + " * 2 (DECIMAL(38, 0))", () => SqlArithmetic.Multiply(D(Max38), 2m, 38, 0));
    }

    private static string Text(SqlDecimal x) => x.ToString();

    [Fact]
    public void DecimalArithmeticWithAResultTypeIsExactAndRoundsOnce()
    {
        Assert.Equal("98.800000", Text(SqlArithmetic.Multiply(SqlArithmetic.Multiply(100.00m, 0.95m, 28, 4), 1.04m, 28, 6)));
        Assert.Equal("3.50", Text(SqlArithmetic.Add(1.5m, 2m, 10, 2)));
        Assert.Equal("-0.50", Text(SqlArithmetic.Subtract(1.5m, 2m, 10, 2)));
        // 5e-29 needs scale 30; capped at 28 it is a tie that rounds away from zero (decimal's * rounds it to even, 0).
        Assert.Equal("0.0000000000000000000000000001", Text(SqlArithmetic.Multiply(0.000000000000005m, 0.000000000000010m, 28, 28)));
        Assert.Equal("-0.0000000000000000000000000001", Text(SqlArithmetic.Multiply(-0.000000000000005m, 0.000000000000010m, 28, 28)));
        // Exact sums that decimal's + would round to fit 96 bits are computed exactly, then range-checked.
        Assert.Equal("0.5000000000000000000000000001",
            Text(SqlArithmetic.Add(0.5000000000000000000000000000m, 0.0000000000000000000000000001m, 28, 28)));
        Throws("decimal overflow: 9999999999999999999999999999 + 0.1 (DECIMAL(28, 1))",
            () => SqlArithmetic.Add(9999999999999999999999999999m, 0.1m, 28, 1));
        Throws("decimal overflow: 1234567890123456789012345678 * 10 (DECIMAL(28, 0))",
            () => SqlArithmetic.Multiply(1234567890123456789012345678m, 10m, 28, 0));
    }

    [Fact]
    public void DecimalDivisionRoundsTheExactQuotientHalfAwayFromZero()
    {
        Assert.Equal("0.6666666666667", Text(SqlArithmetic.Divide(2.00m, 3m, 14, 13)));
        Assert.Equal("-0.6666666666667", Text(SqlArithmetic.Divide(-2.00m, 3m, 14, 13)));
        Assert.Equal("0.0000000001", Text(SqlArithmetic.Divide(0.0000000005m, 10m, 28, 10)));
        Assert.Equal("-0.0000000001", Text(SqlArithmetic.Divide(-0.0000000005m, 10m, 28, 10)));
        Assert.Equal("0.000000", Text(SqlArithmetic.Divide(0m, 7m, 10, 6)));
        Assert.Equal("333333333333333333333333333.0", Text(SqlArithmetic.Divide(999999999999999999999999999m, 3m, 28, 1)));
        // Scaling the dividend by 10^56 needs more than 128 bits.
        Assert.Equal("0.3333333333333333333333333333",
            Text(SqlArithmetic.Divide(0.0000000000000000000000000001m, 0.0000000000000000000000000003m, 28, 28)));
        Throws("division by zero: 1.5 / 0", () => SqlArithmetic.Divide(1.5m, 0m, 10, 6));
        Throws("decimal overflow: 100 / 1.000 (DECIMAL(4, 2))", () => SqlArithmetic.Divide(100m, 1.000m, 4, 2));
        Assert.Null(SqlArithmetic.Divide((decimal?)null, 1m, 10, 6));
        Assert.Equal(1.5m, SqlArithmetic.Modulo(7.5m, (decimal?)2m, 10, 1));
    }

    [Fact]
    public void FloatingPointIsIeeeExceptDivisionByZero()
    {
        Assert.Equal(double.PositiveInfinity, SqlArithmetic.Multiply(1e308, 10.0));
        Assert.Equal(0.30000000000000004, SqlArithmetic.Add(0.1, 0.2));
        Assert.Equal(-2.5, SqlArithmetic.Negate(2.5));
        Assert.Equal(0.5f, SqlArithmetic.Divide(1f, 2f));
    }

    [Fact]
    public void NullableOverloads()
    {
        Assert.Null(SqlArithmetic.Add((long?)null, 1L));
        Assert.Equal(3L, SqlArithmetic.Add(1L, (long?)2));
        Assert.Null(SqlArithmetic.Divide((int?)5, null));
        Assert.Null(SqlArithmetic.Negate((decimal?)null));
        Assert.Null(SqlArithmetic.Divide((int?)null, 0)); // NULL wins over division by zero
        sbyte? tiny = SqlArithmetic.Add((sbyte)1, (sbyte?)2);
        Assert.Equal((sbyte)3, tiny);
        Assert.Null(SqlArithmetic.Add(Ts("2024-01-01"), (SqlDayTimeInterval?)null));
        Assert.Null(SqlArithmetic.Subtract((SqlDate?)null, Date("2024-01-01")));
    }

    [Fact]
    public void TimestampPlusIntervals()
    {
        Assert.Equal(Ts("2024-02-29 10:00:00"), SqlArithmetic.Add(Ts("2024-01-31 10:00:00"), Ym(1)));
        Assert.Equal(Ts("2023-02-28 10:00:00"), SqlArithmetic.Add(Ts("2023-01-31 10:00:00"), Ym(1)));
        Assert.Equal(Ts("2024-02-29"), SqlArithmetic.Subtract(Ts("2024-03-31"), Ym(1)));
        Assert.Equal(Ts("2025-01-15"), SqlArithmetic.Add(Ym(12), Ts("2024-01-15")));
        Assert.Equal(Ts("1969-11-30 23:00:00"), SqlArithmetic.Subtract(Ts("1969-12-31 23:00:00"), Ym(1)));
        Assert.Equal(Ts("2024-01-02 01:30:00"), SqlArithmetic.Add(Ts("2024-01-01 00:00:00"), Dt("1 day 01:30:00")));
        Assert.Equal(Ts("2023-12-31 23:59:59"), SqlArithmetic.Subtract(Ts("2024-01-01"), Dt("1 second")));
        Assert.Equal(Dt("1 day 00:00:01"), SqlArithmetic.Subtract(Ts("2024-01-02 00:00:01"), Ts("2024-01-01")));
        Assert.Equal(Dt("-1 day"), SqlArithmetic.Subtract(Ts("2024-01-01"), Ts("2024-01-02")));
        ThrowsStartingWith("timestamp out of range:", () => SqlArithmetic.Add(new SqlTimestamp(long.MaxValue - 1), Dt("1 day")));
    }

    [Fact]
    public void DateArithmetic()
    {
        SqlTimestamp ts = SqlArithmetic.Add(Date("2024-01-31"), Ym(1));
        Assert.Equal(Ts("2024-02-29 00:00:00"), ts);
        Assert.Equal(Ts("2024-01-31 12:00:00"), SqlArithmetic.Add(Date("2024-01-31"), Dt("12 hours")));
        Assert.Equal(Ts("2024-01-30 12:00:00"), SqlArithmetic.Subtract(Date("2024-01-31"), Dt("12 hours")));
        Assert.Equal(Date("2024-03-01"), SqlArithmetic.Add(Date("2024-02-28"), 2));
        Assert.Equal(Date("2023-12-31"), SqlArithmetic.Subtract(Date("2024-01-01"), 1));
        int days = SqlArithmetic.Subtract(Date("2024-03-01"), Date("2024-02-01"));
        Assert.Equal(29, days);
        Assert.Equal(-29, SqlArithmetic.Subtract(Date("2024-02-01"), Date("2024-03-01")));
    }

    [Fact]
    public void TimeArithmeticWrapsAroundMidnight()
    {
        Assert.Equal(Time("01:00"), SqlArithmetic.Add(Time("23:00"), Dt("2 hours")));
        Assert.Equal(Time("23:00"), SqlArithmetic.Subtract(Time("01:00"), Dt("2 hours")));
        Assert.Equal(Time("01:00"), SqlArithmetic.Add(Time("01:00"), Dt("3 days")));
        Assert.Equal(Time("22:00"), SqlArithmetic.Add(Time("01:00"), Dt("-3 hours")));
        Assert.Equal(Dt("-01:30:00"), SqlArithmetic.Subtract(Time("01:00"), Time("02:30")));
    }

    [Fact]
    public void IntervalArithmetic()
    {
        Assert.Equal(Dt("1 day 01:00:00"), SqlArithmetic.Add(Dt("1 day"), Dt("1 hour")));
        Assert.Equal(Dt("23:00:00"), SqlArithmetic.Subtract(Dt("1 day"), Dt("1 hour")));
        Assert.Equal(Dt("-1 day"), SqlArithmetic.Negate(Dt("1 day")));
        Assert.Equal(Ym(14), SqlArithmetic.Add(Ym(12), Ym(2)));
        Assert.Equal(Ym(-2), SqlArithmetic.Negate(Ym(2)));
        Assert.Equal(Dt("2 days 12:00:00"), SqlArithmetic.Multiply(Dt("1 day"), 2.5));
        Assert.Equal(Dt("3 days"), SqlArithmetic.Multiply(3, Dt("1 day")));
        Assert.Equal(Dt("08:00:00"), SqlArithmetic.Divide(Dt("1 day"), 3L));
        Assert.Equal(new SqlDayTimeInterval(2), SqlArithmetic.Divide(new SqlDayTimeInterval(3), 2L)); // 1.5 µs rounds half away from zero
        Assert.Equal(new SqlDayTimeInterval(-2), SqlArithmetic.Divide(new SqlDayTimeInterval(3), -2L));
        Assert.Equal(new SqlDayTimeInterval(1), SqlArithmetic.Divide(new SqlDayTimeInterval(4), 3L));
        Assert.Equal(Dt("00:00:00.5"), SqlArithmetic.Divide(Dt("1 second"), 2.0));
        Assert.Equal(Ym(36), SqlArithmetic.Multiply(Ym(12), 3L));
        Assert.Equal(Ym(2), SqlArithmetic.Multiply(Ym(1), 1.5));
        Assert.Equal(Ym(1), SqlArithmetic.Divide(Ym(1), 2L));
        Assert.Equal(Ym(-1), SqlArithmetic.Divide(Ym(-1), 2L));
        Throws("division by zero: 01:00:00 / 0", () => SqlArithmetic.Divide(Dt("1 hour"), 0L));
        Throws("division by zero: 1 mon / 0", () => SqlArithmetic.Divide(Ym(1), 0.0));
        ThrowsStartingWith("interval out of range:", () => SqlArithmetic.Multiply(Ym(int.MaxValue), 2L));
        ThrowsStartingWith("interval out of range:", () => SqlArithmetic.Multiply(Dt("1 day"), double.NaN));
    }
}
