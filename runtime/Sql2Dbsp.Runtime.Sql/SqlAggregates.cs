using System.Numerics;
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
/// The exact running sum of DECIMAL values with Z-set weights, for SUM and AVG. Like <see cref="SumInt64Accumulator"/>
/// it never fails on the way: the unscaled sum wraps in 128 bits and <see cref="Carry"/> counts the wraps, so the order in
/// which insertions and retractions arrive cannot cause a spurious overflow; <see cref="Value"/> checks the 38 digits.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct DecimalSum
{
    /// <summary>The unscaled sum modulo 2^128 (two's complement).</summary>
    public Int128 Unscaled;

    /// <summary>How many times the sum wrapped past Int128 (positive upward): the sum is Unscaled + Carry * 2^128.</summary>
    public long Carry;

    /// <summary>The scale of <see cref="Unscaled"/>: the largest scale of the values added.</summary>
    public int Scale;

    /// <summary>Adds value * weight.</summary>
    public void Add(SqlDecimal value, long weight)
    {
        Align(value.Scale);
        var term = value.Unscaled;
        if ((value.Scale == Scale || TryMultiply(term, (Int128)SqlDecimal.Powers128[Scale - value.Scale], out term))
            && (weight == 1 || TryMultiply(term, weight, out term)))
        {
            AddWrapping(term);
        }
        else
        {
            // A term beyond 128 bits (a huge weight): rare, so exact arithmetic on the whole sum will do.
            Set(Total + (BigInteger)value.Unscaled * BigInteger.Pow(10, Scale - value.Scale) * weight);
        }
    }

    /// <summary>Adds another partial sum.</summary>
    public void Merge(in DecimalSum other)
    {
        Align(other.Scale);
        var aligned = other;
        aligned.Align(Scale);
        AddWrapping(aligned.Unscaled);
        Carry += aligned.Carry;
    }

    /// <summary>The sum as a DECIMAL value.</summary>
    /// <param name="aggregate">The aggregate's name, for the error message.</param>
    /// <exception cref="SqlRuntimeException">The sum needs more than 38 digits.</exception>
    public readonly SqlDecimal Value(string aggregate)
    {
        if (Carry != 0 || !SqlDecimal.TryCreate(Unscaled, Scale, out var value))
        {
            throw new SqlRuntimeException(string.Create(SqlText.Invariant,
                $"decimal overflow: {aggregate} needs more than 38 digits (DECIMAL(38, {Scale}))"));
        }

        return value;
    }

    /// <summary>Raises the scale of the sum to <paramref name="scale"/> (never lowers it).</summary>
    private void Align(int scale)
    {
        if (scale <= Scale)
        {
            return;
        }

        if (Carry == 0 && TryMultiply(Unscaled, (Int128)SqlDecimal.Powers128[scale - Scale], out var aligned))
        {
            Unscaled = aligned;
        }
        else
        {
            Set(Total * BigInteger.Pow(10, scale - Scale));
        }

        Scale = scale;
    }

    /// <summary>The exact unscaled sum.</summary>
    private readonly BigInteger Total => (BigInteger)Unscaled + ((BigInteger)Carry << 128);

    private void Set(BigInteger total)
    {
        var low = (Int128)(UInt128)(total & UInt128.MaxValue);
        Carry = (long)((total - low) >> 128);
        Unscaled = low;
    }

    private void AddWrapping(Int128 term)
    {
        var sum = Unscaled + term;
        // Two's-complement wrap: both operands of one sign and a result of the other.
        if (Unscaled >= 0 && term >= 0 && sum < 0)
        {
            Carry++;
        }
        else if (Unscaled < 0 && term < 0 && sum >= 0)
        {
            Carry--;
        }

        Unscaled = sum;
    }

    private static bool TryMultiply(Int128 x, Int128 y, out Int128 result)
    {
        try
        {
            result = checked(x * y);
            return true;
        }
        catch (OverflowException)
        {
            result = default;
            return false;
        }
    }
}

/// <summary>
/// <c>SUM</c> of DECIMAL values (the result type is DECIMAL; the compiler casts it to the declared precision and scale).
/// The running sum is exact (<see cref="DecimalSum"/>): only a result that needs more than 38 digits is an error. NULL
/// values are ignored; the result is NULL when the weighted count of non-NULL values is zero.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct SumDecimalAccumulator
{
    /// <summary>The weighted sum of the non-NULL values.</summary>
    public DecimalSum Sum;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(SqlDecimal value, long weight)
    {
        Sum.Add(value, weight);

        Count += weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(SqlDecimal? value, long weight)
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
        Sum.Merge(other.Sum);

        Count += other.Count;
    }

    /// <summary>The SUM: NULL when there are no non-NULL values.</summary>
    public readonly SqlDecimal? Result => Count == 0 ? null : Sum.Value("SUM");
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
    public DecimalSum Sum;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a NOT NULL value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(SqlDecimal value, long weight)
    {
        Sum.Add(value, weight);

        Count += weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(SqlDecimal? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>Adds a NOT NULL integer value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(long value, long weight) => Add((SqlDecimal)value, weight);

    /// <summary>Adds an integer value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    public void Add(long? value, long weight)
    {
        if (value.HasValue)
        {
            Add((SqlDecimal)value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>Adds another partial average state.</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(in AvgDecimalAccumulator other)
    {
        Sum.Merge(other.Sum);

        Count += other.Count;
    }

    /// <summary>The AVG rounded half away from zero to <paramref name="scale"/> digits (and padded to exactly that
    /// scale); NULL when there are no non-NULL values.</summary>
    /// <param name="scale">The result scale, 0..38.</param>
    public readonly SqlDecimal? Result(int scale) =>
        Count == 0 ? null : SqlDecimal.Divide(Sum.Value("AVG sum"), Count, SqlDecimal.MaxPrecision, Math.Clamp(scale, 0, SqlDecimal.MaxPrecision));
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
