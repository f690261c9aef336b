using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// <c>COUNT(*)</c> / <c>COUNT(x)</c> state: a weighted count. Weights are Z-set weights, so adding a row with weight
/// -1 retracts it. Fields are public so generated accumulator structs and checkpoints can read and write them.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct CountAccumulator
{
    /// <summary>The weighted number of rows (or non-NULL values) seen.</summary>
    public long Count;

    /// <summary>Adds a row with the given weight (COUNT(*)).</summary>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long weight) => Count += weight;

    /// <summary>Adds a value with the given weight unless it is NULL (COUNT(x)).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value; NULL is not counted.</param>
    /// <param name="weight">The Z-set weight.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddValue<T>(T? value, long weight)
        where T : struct
    {
        if (value.HasValue)
        {
            Count += weight;
        }
    }

    /// <summary>Adds a string value with the given weight unless it is NULL (COUNT(x)).</summary>
    /// <param name="value">The value; NULL is not counted.</param>
    /// <param name="weight">The Z-set weight.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddValue(string? value, long weight)
    {
        if (value is not null)
        {
            Count += weight;
        }
    }

    /// <summary>Adds another partial count (from another worker or batch).</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in CountAccumulator other) => Count += other.Count;

    /// <summary>The COUNT result (never NULL).</summary>
    public readonly long Result => Count;
}

/// <summary>
/// <c>SUM</c> of any integer type, with a BIGINT result. The running sum is kept in 128 bits so that the order in which
/// insertions and retractions arrive can never cause a spurious overflow; <see cref="Result"/> throws when the
/// actual sum does not fit in BIGINT. NULL values are ignored; the result is NULL when the weighted count of
/// non-NULL values is zero, so adding values and retracting them all gives NULL again.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct SumInt64Accumulator
{
    /// <summary>The weighted sum of the non-NULL values.</summary>
    public Int128 Sum;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long value, long weight)
    {
        Sum += weight == 1 ? value : (Int128)value * weight;
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

    /// <summary>Adds another partial sum.</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in SumInt64Accumulator other)
    {
        Sum += other.Sum;
        Count += other.Count;
    }

    /// <summary>The SUM: NULL when there are no non-NULL values; throws when the sum exceeds BIGINT.</summary>
    public readonly long? Result
    {
        get
        {
            if (Count == 0)
            {
                return null;
            }

            if (Sum > long.MaxValue || Sum < long.MinValue)
            {
                SqlErrors.Throw($"integer overflow: SUM = {Sum} (BIGINT)");
            }

            return (long)Sum;
        }
    }
}

/// <summary>
/// <c>SUM</c> of DECIMAL values (the result type is DECIMAL; the compiler casts it to the declared precision and scale).
/// The running sum is exact: it throws when the sum would exceed <see cref="decimal"/>'s range or lose fraction digits
/// to fit it (a rounded sum would stay wrong after retractions). NULL values are ignored; the result is NULL when
/// the weighted count of non-NULL values is zero.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct SumDecimalAccumulator
{
    /// <summary>The weighted sum of the non-NULL values.</summary>
    public decimal Sum;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(decimal value, long weight)
    {
        Sum = DecimalExact.AddWeighted(Sum, value, weight, "SUM");

        Count += weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(decimal? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>Adds another partial sum.</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in SumDecimalAccumulator other)
    {
        Sum = DecimalExact.AddWeighted(Sum, other.Sum, 1, "SUM");

        Count += other.Count;
    }

    /// <summary>The SUM: NULL when there are no non-NULL values.</summary>
    public readonly decimal? Result => Count == 0 ? null : Sum;
}

/// <summary>
/// <c>SUM</c> of REAL or DOUBLE values with a DOUBLE result. Finite values are summed with Neumaier compensation, so
/// retracting values cancels them accurately; infinities and NaNs are counted separately so that retracting them
/// restores the finite sum (IEEE arithmetic alone would leave NaN forever). NULL values are ignored; the result is
/// NULL when the weighted count of non-NULL values is zero.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct SumDoubleAccumulator
{
    /// <summary>The (compensated) sum of the finite values.</summary>
    public double Sum;

    /// <summary>The running compensation (low-order bits lost by <see cref="Sum"/>).</summary>
    public double Compensation;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>The weighted number of +Infinity values.</summary>
    public long PositiveInfinities;

    /// <summary>The weighted number of -Infinity values.</summary>
    public long NegativeInfinities;

    /// <summary>The weighted number of NaN values.</summary>
    public long NaNs;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value, long weight)
    {
        Count += weight;
        if (double.IsFinite(value))
        {
            AddFinite(weight == 1 ? value : value * weight);
        }
        else if (double.IsNaN(value))
        {
            NaNs += weight;
        }
        else if (value > 0)
        {
            PositiveInfinities += weight;
        }
        else
        {
            NegativeInfinities += weight;
        }
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddFinite(double term)
    {
        double t = Sum + term;
        Compensation += Math.Abs(Sum) >= Math.Abs(term) ? (Sum - t) + term : (term - t) + Sum;
        Sum = t;
    }

    /// <summary>Adds another partial sum.</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in SumDoubleAccumulator other)
    {
        AddFinite(other.Sum);
        AddFinite(other.Compensation);
        Count += other.Count;
        PositiveInfinities += other.PositiveInfinities;
        NegativeInfinities += other.NegativeInfinities;
        NaNs += other.NaNs;
    }

    /// <summary>The current sum of the non-NULL values (NaN, ±Infinity when such values are present), ignoring
    /// whether there are any.</summary>
    public readonly double Total =>
        NaNs != 0 || (PositiveInfinities != 0 && NegativeInfinities != 0) ? double.NaN
        : PositiveInfinities != 0 ? double.PositiveInfinity
        : NegativeInfinities != 0 ? double.NegativeInfinity
        : Sum + Compensation;

    /// <summary>The SUM: NULL when there are no non-NULL values.</summary>
    public readonly double? Result => Count == 0 ? null : Total;
}

/// <summary>
/// <c>AVG</c> of integer or DECIMAL values: an exact DECIMAL average (PostgreSQL), sum / count rounded half away from
/// zero to the scale the compiler chose. NULL values are ignored; the result is NULL when there are none.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct AvgDecimalAccumulator
{
    /// <summary>The weighted sum of the non-NULL values.</summary>
    public decimal Sum;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(decimal value, long weight)
    {
        Sum = DecimalExact.AddWeighted(Sum, value, weight, "AVG sum");

        Count += weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(decimal? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>Adds a NOT NULL integer value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(long value, long weight) => Add((decimal)value, weight);

    /// <summary>Adds an integer value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(long? value, long weight)
    {
        if (value.HasValue)
        {
            Add((decimal)value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>Adds another partial average state.</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in AvgDecimalAccumulator other)
    {
        Sum = DecimalExact.AddWeighted(Sum, other.Sum, 1, "AVG sum");

        Count += other.Count;
    }

    /// <summary>The AVG rounded half away from zero to <paramref name="scale"/> digits (and padded to exactly that
    /// scale); NULL when there are no non-NULL values.</summary>
    /// <param name="scale">The result scale, 0..28.</param>
    public readonly decimal? Result(int scale) =>
        Count == 0 ? null : DecimalExact.Divide(Sum, Count, DecimalExact.MaxPrecision, Math.Clamp(scale, 0, DecimalExact.MaxPrecision));
}

/// <summary>
/// <c>AVG</c> of REAL or DOUBLE values with a DOUBLE result (compensated sum / count; see
/// <see cref="SumDoubleAccumulator"/>). NULL values are ignored; the result is NULL when there are none.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct AvgDoubleAccumulator
{
    /// <summary>The running sum and count.</summary>
    public SumDoubleAccumulator Sum;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value, long weight) => Sum.Add(value, weight);

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double? value, long weight) => Sum.Add(value, weight);

    /// <summary>Adds another partial average state.</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in AvgDoubleAccumulator other) => Sum.Merge(other.Sum);

    /// <summary>The AVG: NULL when there are no non-NULL values.</summary>
    public readonly double? Result => Sum.Count == 0 ? null : Sum.Total / Sum.Count;
}
