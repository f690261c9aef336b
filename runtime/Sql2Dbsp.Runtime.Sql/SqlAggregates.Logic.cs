using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// <c>EVERY</c> / <c>BOOL_AND</c> and <c>SOME</c> / <c>BOOL_OR</c> state: the weighted numbers of TRUE and of non-NULL
/// values. Both are linear, so a retraction is one subtraction; NULL values are ignored and a group with no
/// non-NULL value gives NULL.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct BoolAccumulator
{
    /// <summary>The weighted number of TRUE values.</summary>
    public long True;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(bool value, long weight)
    {
        if (value)
        {
            True += weight;
        }

        Count += weight;
    }

    /// <summary>Adds a value with the given weight; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(bool? value, long weight)
    {
        if (value.HasValue)
        {
            Add(value.GetValueOrDefault(), weight);
        }
    }

    /// <summary>EVERY: TRUE when every non-NULL value is TRUE; NULL when there is none.</summary>
    public readonly bool? Every => Count == 0 ? null : True == Count;

    /// <summary>SOME: TRUE when some value is TRUE; NULL when there is no non-NULL value.</summary>
    public readonly bool? Some => Count == 0 ? null : True > 0;
}

/// <summary>
/// <c>BIT_XOR</c> state over any integer type (as BIGINT; the compiler casts the result back, which cannot overflow).
/// Linear: <c>w</c> copies of a value XOR to the value when <c>w</c> is odd and to 0 when it is even, and a retraction
/// (odd negative weight) undoes an insertion.
/// </summary>
[Sql2Dbsp.Runtime.Storage.Checkpointed]
public partial struct BitXorAccumulator
{
    /// <summary>The XOR of the values whose weight is odd.</summary>
    public long Xor;

    /// <summary>The weighted number of non-NULL values.</summary>
    public long Count;

    /// <summary>Adds a value with the given weight.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The Z-set weight (negative to retract).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long value, long weight)
    {
        if ((weight & 1) != 0)
        {
            Xor ^= value;
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

    /// <summary>The BIT_XOR: NULL when there is no non-NULL value.</summary>
    public readonly long? Result => Count == 0 ? null : Xor;
}

/// <content>BIT_AND and BIT_OR steps (not linear: the runtime recomputes a changed group, as for MIN and MAX).</content>
public static partial class SqlAggregates
{
    /// <summary>BIT_AND step: ANDs <paramref name="value"/> into <paramref name="acc"/>; NULL values are ignored.</summary>
    /// <param name="acc">The running AND; NULL before the first non-NULL value.</param>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BitAnd(ref long? acc, long? value)
    {
        if (value.HasValue)
        {
            acc = acc.HasValue ? acc.GetValueOrDefault() & value.GetValueOrDefault() : value;
        }
    }

    /// <summary>BIT_OR step: ORs <paramref name="value"/> into <paramref name="acc"/>; NULL values are ignored.</summary>
    /// <param name="acc">The running OR; NULL before the first non-NULL value.</param>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BitOr(ref long? acc, long? value)
    {
        if (value.HasValue)
        {
            acc = acc.GetValueOrDefault() | value.GetValueOrDefault();
        }
    }
}
