using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// VAR_POP / VAR_SAMP / STDDEV_POP / STDDEV_SAMP over integers: the exact weighted count, sum and sum of squares
/// (128-bit), so the state is linear and a retraction restores it exactly. The result is a DOUBLE computed from the
/// exact numerator <c>n·Σx² − (Σx)²</c>, divided once.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct VarianceInt64Accumulator
{
    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>The weighted sum of the values.</summary>
    public Int128 Sum;

    /// <summary>The weighted sum of the squares of the values.</summary>
    public Int128 SumOfSquares;

    /// <summary>Adds a value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(long value, long weight)
    {
        try
        {
            Int128 x = value;
            Sum = checked(Sum + (x * weight));
            SumOfSquares = checked(SumOfSquares + (x * x * weight));
        }
        catch (OverflowException)
        {
            SqlErrors.Throw($"integer overflow: the sum of squares of a variance exceeds 128 bits (value {value})");
        }

        Count += weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>The population variance: NULL when there is no value.</summary>
    public readonly double? VarPop => Count == 0 ? null : Variance(Count);

    /// <summary>The sample variance: NULL when there are fewer than two values.</summary>
    public readonly double? VarSamp => Count < 2 ? null : Variance(Count - 1);

    /// <summary>The population standard deviation: NULL when there is no value.</summary>
    public readonly double? StddevPop => Count == 0 ? null : Math.Sqrt(Variance(Count));

    /// <summary>The sample standard deviation: NULL when there are fewer than two values.</summary>
    public readonly double? StddevSamp => Count < 2 ? null : Math.Sqrt(Variance(Count - 1));

    private readonly double Variance(long divisor)
    {
        // n·Σx² − (Σx)² ≥ 0 exactly; in 128 bits when it fits, else in DOUBLE (only for sums near 2^63).
        try
        {
            Int128 numerator = checked((SumOfSquares * Count) - (Sum * Sum));
            return (double)numerator / ((double)Count * divisor);
        }
        catch (OverflowException)
        {
            double n = Count, sum = (double)Sum, squares = (double)SumOfSquares;
            return Math.Max(0, ((squares * n) - (sum * sum)) / (n * divisor));
        }
    }
}

/// <summary>
/// VAR_POP / VAR_SAMP / STDDEV_POP / STDDEV_SAMP over DOUBLE (and REAL and DECIMAL, converted to DOUBLE): Welford's
/// running mean and sum of squared deviations, weighted. Not linear (a floating-point retraction would not restore the
/// state exactly), so the runtime recomputes a changed group from its values, as for MIN and MAX; the result is then
/// the same as a batch computation of the group.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct VarianceDoubleAccumulator
{
    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>The running mean.</summary>
    public double Mean;

    /// <summary>The running sum of squared deviations from the mean.</summary>
    public double Squares;

    /// <summary>Adds <paramref name="weight"/> (positive) copies of a value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The multiplicity (the runtime passes consolidated positive weights).</param>
    public void Add(double value, long weight)
    {
        Count += weight;
        double delta = value - Mean;
        Mean += delta * weight / Count;
        Squares += delta * (value - Mean) * weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The multiplicity.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>The population variance: NULL when there is no value.</summary>
    public readonly double? VarPop => Count == 0 ? null : Squares / Count;

    /// <summary>The sample variance: NULL when there are fewer than two values.</summary>
    public readonly double? VarSamp => Count < 2 ? null : Squares / (Count - 1);

    /// <summary>The population standard deviation: NULL when there is no value.</summary>
    public readonly double? StddevPop => Count == 0 ? null : Math.Sqrt(Squares / Count);

    /// <summary>The sample standard deviation: NULL when there are fewer than two values.</summary>
    public readonly double? StddevSamp => Count < 2 ? null : Math.Sqrt(Squares / (Count - 1));
}
