using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlAggregatesTests
{
    [Fact]
    public void Count()
    {
        var c = default(CountAccumulator);
        c.Add(3);
        c.Add(-1);
        c.AddValue((int?)null, 5);
        c.AddValue((int?)7, 1);
        c.AddValue((string?)null, 1);
        c.AddValue("x", 1);
        Assert.Equal(4, c.Result);
    }

    [Fact]
    public void SumInt64RetractsBackToNull()
    {
        var s = default(SumInt64Accumulator);
        Assert.Null(s.Result);
        s.Add(5L, 1);
        s.Add((long?)7, 2);
        s.Add((long?)null, 1);
        Assert.Equal(19L, s.Result);
        s.Add(5L, -1);
        s.Add(7L, -2);
        Assert.Null(s.Result);
        s.Add(0L, 1);
        Assert.Equal(0L, s.Result); // SUM of a zero is 0, not NULL
    }

    [Fact]
    public void SumInt64OverflowOnlyForTheActualSum()
    {
        var s = default(SumInt64Accumulator);
        s.Add(long.MaxValue, 1);
        s.Add(1L, 1);
        Throws("integer overflow: SUM = 9223372036854775808 (BIGINT)", () => _ = s.Result);
        s.Add(1L, -1); // retraction brings it back in range: no spurious error
        Assert.Equal(long.MaxValue, s.Result);
        s.Add(long.MinValue, 3);
        Throws("integer overflow: SUM = -18446744073709551617 (BIGINT)", () => _ = s.Result);
    }

    [Fact]
    public void SumDecimal()
    {
        var s = default(SumDecimalAccumulator);
        s.Add(1.50m, 2);
        s.Add((SqlDecimal?)null, 1);
        s.Add(0.25m, 1);
        Assert.Equal(3.25m, s.Result);
        s.Add(1.50m, -2);
        s.Add(0.25m, -1);
        Assert.Null(s.Result);
        // Sums past 28 digits are exact; a result past 38 is an error, but not the way there (retractions may follow).
        var big = default(SumDecimalAccumulator);
        big.Add(decimal.MaxValue, 1);
        big.Add(decimal.MaxValue, 1);
        Assert.Equal("158456325028528675187087900670", big.Result?.ToString());
        big.Add(decimal.MaxValue, -1);
        Assert.Equal(decimal.MaxValue, big.Result);
        var max = SqlDecimal.Parse("999999999999999999999999999999999999.99");
        s.Add(-1.5m, 1);
        s.Add(max, 1);
        s.Add(max, 1);
        Throws("decimal overflow: SUM needs more than 38 digits (DECIMAL(38, 2))", () => _ = s.Result);
        s.Add(max, 1); // past 2^127 units: the wrap is counted
        s.Add(max, -3);
        Assert.Equal("-1.50", s.Result?.ToString());
        s.Add(max, long.MaxValue); // a term beyond 128 bits
        s.Add(max, -long.MaxValue);
        Assert.Equal("-1.50", s.Result?.ToString());
        var other = default(SumDecimalAccumulator);
        other.Add(-1m, 1);
        var merged = default(SumDecimalAccumulator);
        merged.Add(3m, 1);
        merged.Merge(other);
        Assert.Equal(2m, merged.Result);
    }

    [Fact]
    public void DecimalSumKeepsEveryFractionDigitUpTo38Digits()
    {
        // 10^23 + 0.000001 needs 30 digits: System.Decimal's + would keep 10^23 and a later retraction would leave 0.
        var s = default(SumDecimalAccumulator);
        s.Add(100000000000000000000000.000000m, 1);
        s.Add(0.000001m, 1);
        s.Add(100000000000000000000000.000000m, -1);
        Assert.Equal("0.000001", s.Result?.ToString());
        var avg = default(AvgDecimalAccumulator);
        avg.Add(0.000001m, 1);
        avg.Add(SqlDecimal.Parse("99999999999999999999999999999999.999998"), 1);
        avg.Add(0.000001m, 1);
        ThrowsStartingWith("decimal overflow: AVG sum needs more than 38 digits", () => avg.Result(6));
        avg.Add(0.000001m, -1);
        Assert.Equal("50000000000000000000000000000000.000000", avg.Result(6)?.ToString());
        var third = default(AvgDecimalAccumulator);
        third.Add(1m, 1);
        third.Add(0m, 2);
        Assert.Equal("0.333333", third.Result(6)?.ToString());
        third.Add(1m, 1);
        Assert.Equal("0.500000", third.Result(6)?.ToString());
    }

    [Fact]
    public void SumDoubleRecoversFromInfinityAndNaN()
    {
        var s = default(SumDoubleAccumulator);
        s.Add(1.5, 1);
        s.Add(double.PositiveInfinity, 1);
        Assert.Equal(double.PositiveInfinity, s.Result);
        s.Add(double.NegativeInfinity, 1);
        Assert.True(double.IsNaN(s.Result!.Value));
        s.Add(double.NegativeInfinity, -1);
        s.Add(double.PositiveInfinity, -1);
        Assert.Equal(1.5, s.Result);
        s.Add(double.NaN, 1);
        Assert.True(double.IsNaN(s.Result!.Value));
        s.Add(double.NaN, -1);
        s.Add(1.5, -1);
        Assert.Null(s.Result);
    }

    [Fact]
    public void SumDoubleIsCompensated()
    {
        var s = default(SumDoubleAccumulator);
        s.Add(1e16, 1);
        s.Add(1.0, 1);
        s.Add(1e16, -1);
        Assert.Equal(1.0, s.Result);
        var t = default(SumDoubleAccumulator);
        for (int i = 0; i < 10; i++)
        {
            t.Add(0.1, 1);
        }

        Assert.Equal(1.0, t.Result);
    }

    [Fact]
    public void AvgDecimal()
    {
        var a = default(AvgDecimalAccumulator);
        Assert.Null(a.Result(2));
        a.Add(1L, 1);
        a.Add((long?)2, 1);
        a.Add((long?)null, 1);
        Assert.Equal("1.50", a.Result(2)!.Value.ToString());
        Assert.Equal("2", a.Result(0)!.Value.ToString()); // 1.5 rounds half away from zero
        a.Add(2L, 1);
        Assert.Equal("1.67", a.Result(2)!.Value.ToString());
        Assert.Equal("1.6666666666666667", a.Result(16)!.Value.ToString());

        var n = default(AvgDecimalAccumulator);
        n.Add(-1m, 1);
        n.Add(-2m, 1);
        Assert.Equal(-1.5m, n.Result(1));
        Assert.Equal(-2m, n.Result(0));
        n.Add(-1m, -1);
        n.Add(-2m, -1);
        Assert.Null(n.Result(2));

        var w = default(AvgDecimalAccumulator);
        w.Add(0.125m, 3);
        w.Add(0.5m, 1);
        Assert.Equal(0.22m, w.Result(2)); // (0.375 + 0.5) / 4 = 0.21875
        Assert.Equal(0.219m, w.Result(3));
    }

    [Fact]
    public void AvgDouble()
    {
        var a = default(AvgDoubleAccumulator);
        Assert.Null(a.Result);
        a.Add(1.0, 1);
        a.Add((double?)2.0, 2);
        a.Add((double?)null, 1);
        Assert.Equal(5.0 / 3, a.Result);
        a.Add(1.0, -1);
        a.Add(2.0, -2);
        Assert.Null(a.Result);
    }

    [Fact]
    public void MinMax()
    {
        long? min = null;
        long? max = null;
        foreach (long? v in new long?[] { 5, null, -3, 10 })
        {
            SqlAggregates.Min(ref min, v);
            SqlAggregates.Max(ref max, v);
        }

        Assert.Equal(-3L, min);
        Assert.Equal(10L, max);

        double? dmax = null;
        double? dmin = null;
        foreach (double v in new[] { 1.0, double.NaN, double.PositiveInfinity })
        {
            SqlAggregates.Max(ref dmax, v);
            SqlAggregates.Min(ref dmin, v);
        }

        Assert.True(double.IsNaN(dmax!.Value));
        Assert.Equal(1.0, dmin);

        string? smin = null;
        string? smax = null;
        foreach (string? s in new[] { "b", null, "\uFFFF", "😀", "a" })
        {
            SqlAggregates.Min(ref smin, s);
            SqlAggregates.Max(ref smax, s);
        }

        Assert.Equal("a", smin);
        Assert.Equal("😀", smax);

        SqlDate? dateMax = null;
        SqlAggregates.Max(ref dateMax, Date("2024-01-01"));
        SqlAggregates.Max(ref dateMax, (SqlDate?)null);
        Assert.Equal(Date("2024-01-01"), dateMax);

        bool? none = null;
        SqlAggregates.Min(ref none, (bool?)null);
        Assert.Null(none);
    }

    [Fact]
    public void DistinctSets()
    {
        var doubles = new DistinctSet<double?>();
        Assert.True(doubles.Add(0.0));
        Assert.False(doubles.Add(-0.0));
        Assert.True(doubles.Add(double.NaN));
        Assert.False(doubles.Add(BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000123UL))));
        Assert.False(doubles.Add(null));
        Assert.Equal(2, doubles.Count);

        var decimals = new DistinctSet<decimal>();
        decimals.Add(1.0m);
        decimals.Add(1.00m);
        decimals.Add(2m);
        decimal sum = 0;
        foreach (decimal d in decimals)
        {
            sum += d;
        }

        Assert.Equal(3m, sum);

        var strings = new DistinctSet<string>();
        strings.Add("a");
        strings.Add("a");
        strings.Add(null);
        strings.Add("A");
        Assert.Equal(2, strings.Count);
        Assert.True(strings.Contains("A"));
        Assert.True(strings.Remove("A"));
        Assert.False(strings.Contains(null));
        strings.Clear();
        Assert.Equal(0, strings.Count);
    }
}
