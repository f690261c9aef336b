namespace Sql2Dbsp.Runtime.Algebra;

// Generated code supplies the per-query logic as structs implementing these interfaces with static members.
// Operators take the functor as a generic type argument, so calls are direct and inlinable.

/// <summary>Row → row projection.</summary>
public interface IMapFunction<TIn, TOut>
{
    /// <summary>Computes the output row.</summary>
    static abstract TOut Map(in TIn row);
}

/// <summary>Row predicate; a row is kept when it returns true (SQL: the condition is TRUE, not FALSE or UNKNOWN).</summary>
public interface IFilterFunction<T>
{
    /// <summary>Whether to keep the row.</summary>
    static abstract bool Keep(in T row);
}

/// <summary>Splits a row into an index key and a value (ZSet → indexed ZSet).</summary>
public interface IIndexFunction<TIn, TKey, TValue>
{
    /// <summary>Computes key and value of a row.</summary>
    static abstract void Split(in TIn row, out TKey key, out TValue value);
}

/// <summary>Join output for one matching pair; returning false drops the pair (a fused residual predicate).</summary>
public interface IJoinFunction<TKey, TLeft, TRight, TOut>
{
    /// <summary>Combines a matching pair.</summary>
    static abstract bool Join(in TKey key, in TLeft left, in TRight right, out TOut result);
}

/// <summary>
/// A fold over the values of one group. <see cref="Add"/> receives each value with its weight. Linear aggregates
/// (COUNT, SUM, AVG) accept any weight, including negative ones; general aggregates (MIN, MAX, DISTINCT) are only
/// fed the consolidated values of a group, each with a positive weight.
/// </summary>
public interface IAggregateFunction<TValue, TAcc, TOut> where TAcc : struct
{
    /// <summary>The accumulator of an empty group.</summary>
    static abstract TAcc Init();

    /// <summary>Adds <paramref name="weight"/> copies of <paramref name="value"/>.</summary>
    static abstract void Add(ref TAcc acc, in TValue value, long weight);

    /// <summary>The aggregate result of a non-empty group.</summary>
    static abstract TOut Finish(in TAcc acc);
}

/// <summary>An ordering used by ORDER BY ... LIMIT (top-k); may differ from the row's own order.</summary>
public interface IRowComparer<T>
{
    /// <summary>Negative, zero or positive.</summary>
    static abstract int Compare(in T a, in T b);
}

/// <summary>The number a window rank gives a row (ROW_NUMBER, RANK, DENSE_RANK), as a one-column row <c>F0</c>.</summary>
/// <param name="F0">The number, from 1.</param>
public readonly record struct RankValue(long F0);

/// <summary>Builds a top-k rank's output row from a value row and its number.</summary>
public interface IRankFunction<TIn, TOut>
{
    /// <summary>The output row of <paramref name="row"/> numbered <paramref name="ranked"/>.</summary>
    static abstract TOut Rank(in TIn row, in RankValue ranked);
}
