namespace Sql2Dbsp.Runtime.Sql.Tests;

/// <summary>The accumulators of EVERY/SOME, BIT_*, the variance family and the ARG_MIN/ARG_MAX step (issue 15).</summary>
public class SqlAggregateLibraryTests
{
    [Fact]
    public void BoolAccumulatorRetractsTheOnlyFalse()
    {
        var b = default(BoolAccumulator);
        Assert.Null(b.Every);
        Assert.Null(b.Some);
        b.Add(true, 2);
        b.Add((bool?)null, 1);
        b.Add(false, 1);
        Assert.False(b.Every);
        Assert.True(b.Some);
        b.Add(false, -1);
        Assert.True(b.Every);
        b.Add(true, -2);
        Assert.Null(b.Every);
    }

    [Fact]
    public void BitXorKeepsOddMultiplicitiesAndUndoesRetractions()
    {
        var x = default(BitXorAccumulator);
        Assert.Null(x.Result);
        x.Add(6L, 1);
        x.Add(3L, 2); // two copies cancel
        Assert.Equal(6L, x.Result);
        x.Add(5L, 3);
        Assert.Equal(3L, x.Result);
        x.Add(5L, -1);
        Assert.Equal(6L, x.Result);
        x.Add(6L, -1);
        x.Add(5L, -2);
        x.Add(3L, -2);
        Assert.Null(x.Result);
    }

    [Fact]
    public void BitAndAndBitOrIgnoreNulls()
    {
        long? and = null, or = null;
        foreach (long? v in new long?[] { 12, null, 10, -1 })
        {
            SqlAggregates.BitAnd(ref and, v);
            SqlAggregates.BitOr(ref or, v);
        }
        Assert.Equal(8L, and);
        Assert.Equal(-1L, or);
    }

    [Fact]
    public void IntegerVarianceIsExactAndRetractable()
    {
        var v = default(VarianceInt64Accumulator);
        Assert.Null(v.VarPop);
        v.Add(1L, 1);
        Assert.Equal(0.0, v.VarPop);
        Assert.Null(v.VarSamp);
        v.Add(2L, 1);
        v.Add(3L, 1);
        v.Add(4L, 1);
        Assert.Equal(1.25, v.VarPop);
        Assert.Equal(5.0 / 3, v.VarSamp);
        Assert.Equal(Math.Sqrt(1.25), v.StddevPop);
        v.Add(4L, -1);
        v.Add(1L, -1);
        Assert.Equal(0.25, v.VarPop);
        Assert.Equal(Math.Sqrt(0.5), v.StddevSamp);
        // Large values: the 128-bit sums stay exact where DOUBLE sums would lose everything.
        var big = default(VarianceInt64Accumulator);
        big.Add(1_000_000_000_000_001L, 1);
        big.Add(1_000_000_000_000_003L, 1);
        Assert.Equal(1.0, big.VarPop);
    }

    [Fact]
    public void DoubleVarianceMatchesTheTwoPassFormula()
    {
        double[] xs = [1.5, 2.25, -3.0, 4.5, 0.5];
        var v = default(VarianceDoubleAccumulator);
        foreach (var x in xs) v.Add(x, 1);
        v.Add((double?)null, 1);
        double mean = xs.Average();
        double squares = xs.Sum(x => (x - mean) * (x - mean));
        Assert.Equal(squares / xs.Length, v.VarPop!.Value, 12);
        Assert.Equal(Math.Sqrt(squares / (xs.Length - 1)), v.StddevSamp!.Value, 12);
        var weighted = default(VarianceDoubleAccumulator);
        weighted.Add(2.0, 3);
        weighted.Add(5.0, 1);
        Assert.Equal(27.0 / 16, weighted.VarPop!.Value, 12);
    }

    [Fact]
    public void MinAndMaxTellWhetherTheValueReplacedTheAccumulator()
    {
        int? key = null;
        Assert.False(SqlAggregates.Max(ref key, null));
        Assert.True(SqlAggregates.Max(ref key, 3));
        Assert.False(SqlAggregates.Max(ref key, 3)); // a tie keeps the first row's value
        Assert.True(SqlAggregates.Max(ref key, 4));
        string? s = null;
        Assert.True(SqlAggregates.Min(ref s, "b"));
        Assert.False(SqlAggregates.Min(ref s, "c"));
    }
}
