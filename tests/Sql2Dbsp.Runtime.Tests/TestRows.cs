using System.Globalization;
using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>One BIGINT column.</summary>
public struct I64 : IRowValues<I64>
{
    public long V;

    public I64(long v) => V = v;

    public static implicit operator I64(long v) => new(v);

    public static int Arity => 1;
    public static int Compare(in I64 a, in I64 b) => a.V.CompareTo(b.V);
    public static bool AreEqual(in I64 a, in I64 b) => a.V == b.V;
    public static int Hash(in I64 row) => row.V.GetHashCode();

    public static I64 FromValues(ReadOnlySpan<object?> values) =>
        new(Convert.ToInt64(values[0] ?? throw new ArgumentException("NULL in a NOT NULL column"), CultureInfo.InvariantCulture));

    public static void ToValues(in I64 row, Span<object?> values) => values[0] = row.V;

    public override readonly string ToString() => V.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Two BIGINT columns.</summary>
public struct Pair : IRowValues<Pair>
{
    public long A;
    public long B;

    public Pair(long a, long b)
    {
        A = a;
        B = b;
    }

    public static int Arity => 2;

    public static int Compare(in Pair x, in Pair y)
    {
        int c = x.A.CompareTo(y.A);
        return c != 0 ? c : x.B.CompareTo(y.B);
    }

    public static bool AreEqual(in Pair x, in Pair y) => x.A == y.A && x.B == y.B;
    public static int Hash(in Pair row) => HashCode.Combine(row.A, row.B);

    public static Pair FromValues(ReadOnlySpan<object?> values) =>
        new(Convert.ToInt64(values[0], CultureInfo.InvariantCulture), Convert.ToInt64(values[1], CultureInfo.InvariantCulture));

    public static void ToValues(in Pair row, Span<object?> values)
    {
        values[0] = row.A;
        values[1] = row.B;
    }

    public override readonly string ToString() => $"({A}, {B})";
}

/// <summary>Three BIGINT columns (join outputs).</summary>
public struct Triple : IRowValues<Triple>
{
    public long A;
    public long B;
    public long C;

    public Triple(long a, long b, long c)
    {
        A = a;
        B = b;
        C = c;
    }

    public static int Arity => 3;

    public static int Compare(in Triple x, in Triple y)
    {
        int c = x.A.CompareTo(y.A);
        if (c != 0) return c;
        c = x.B.CompareTo(y.B);
        return c != 0 ? c : x.C.CompareTo(y.C);
    }

    public static bool AreEqual(in Triple x, in Triple y) => x.A == y.A && x.B == y.B && x.C == y.C;
    public static int Hash(in Triple row) => HashCode.Combine(row.A, row.B, row.C);

    public static Triple FromValues(ReadOnlySpan<object?> values) =>
        new((long)values[0]!, (long)values[1]!, (long)values[2]!);

    public static void ToValues(in Triple row, Span<object?> values)
    {
        values[0] = row.A;
        values[1] = row.B;
        values[2] = row.C;
    }

    public override readonly string ToString() => $"({A}, {B}, {C})";
}

/// <summary>A key whose hash collides a lot (hash = V mod 4), to exercise hash-map probing and deletion.</summary>
public struct BadHash : IRow<BadHash>
{
    public long V;

    public BadHash(long v) => V = v;

    public static int Compare(in BadHash a, in BadHash b) => a.V.CompareTo(b.V);
    public static bool AreEqual(in BadHash a, in BadHash b) => a.V == b.V;
    public static int Hash(in BadHash row) => (int)(row.V & 3);
}

// ---- functors ----

public struct AddOne : IMapFunction<I64, I64>
{
    public static I64 Map(in I64 row) => new(row.V + 1);
}

/// <summary>Many-to-one map (x mod 3), so distinct inputs collide and weights add up or cancel.</summary>
public struct Mod3 : IMapFunction<I64, I64>
{
    public static I64 Map(in I64 row) => new(((row.V % 3) + 3) % 3);
}

public struct ThrowOn13 : IMapFunction<I64, I64>
{
    public static I64 Map(in I64 row) => row.V == 13 ? throw new DivideByZeroException("division by zero: 5 / 0") : row;
}

public struct IsEven : IFilterFunction<I64>
{
    public static bool Keep(in I64 row) => row.V % 2 == 0;
}

public struct PairFirst : IMapFunction<Pair, I64>
{
    public static I64 Map(in Pair row) => new(row.A);
}

/// <summary>Index a pair by A, value B.</summary>
public struct ByA : IIndexFunction<Pair, I64, I64>
{
    public static void Split(in Pair row, out I64 key, out I64 value)
    {
        key = new(row.A);
        value = new(row.B);
    }
}

/// <summary>Index a single value by itself mod 2.</summary>
public struct ByParity : IIndexFunction<I64, I64, I64>
{
    public static void Split(in I64 row, out I64 key, out I64 value)
    {
        key = new(row.V & 1);
        value = row;
    }
}

/// <summary>Join output (key, left, right).</summary>
public struct JoinAll : IJoinFunction<I64, I64, I64, Triple>
{
    public static bool Join(in I64 key, in I64 left, in I64 right, out Triple result)
    {
        result = new Triple(key.V, left.V, right.V);
        return true;
    }
}

/// <summary>Join output (key, left, right), dropping pairs with left == right (a residual predicate).</summary>
public struct JoinNotEqual : IJoinFunction<I64, I64, I64, Triple>
{
    public static bool Join(in I64 key, in I64 left, in I64 right, out Triple result)
    {
        result = new Triple(key.V, left.V, right.V);
        return left.V != right.V;
    }
}

/// <summary>Projecting join: output left + right only, so distinct pairs collide in the output.</summary>
public struct JoinSum : IJoinFunction<I64, I64, I64, I64>
{
    public static bool Join(in I64 key, in I64 left, in I64 right, out I64 result)
    {
        result = new I64(left.V + right.V);
        return true;
    }
}

/// <summary>Cross join on the unit key.</summary>
public struct CrossPair : IJoinFunction<Unit, I64, I64, Pair>
{
    public static bool Join(in Unit key, in I64 left, in I64 right, out Pair result)
    {
        result = new Pair(left.V, right.V);
        return true;
    }
}

public struct CountAgg : IAggregateFunction<I64, long, I64>
{
    public static long Init() => 0;
    public static void Add(ref long acc, in I64 value, long weight) => acc = checked(acc + weight);
    public static I64 Finish(in long acc) => new(acc);
}

public struct CountSumAcc
{
    public long Count;
    public long Sum;
}

/// <summary>(COUNT(*), SUM(v)).</summary>
public struct CountSumAgg : IAggregateFunction<I64, CountSumAcc, Pair>
{
    public static CountSumAcc Init() => default;

    public static void Add(ref CountSumAcc acc, in I64 value, long weight)
    {
        acc.Count = checked(acc.Count + weight);
        acc.Sum = checked(acc.Sum + value.V * weight);
    }

    public static Pair Finish(in CountSumAcc acc) => new(acc.Count, acc.Sum);
}

public struct MinMaxAcc
{
    public bool Has;
    public long Value;
}

public struct MinAgg : IAggregateFunction<I64, MinMaxAcc, I64>
{
    public static MinMaxAcc Init() => default;

    public static void Add(ref MinMaxAcc acc, in I64 value, long weight)
    {
        if (!acc.Has || value.V < acc.Value) acc = new MinMaxAcc { Has = true, Value = value.V };
    }

    public static I64 Finish(in MinMaxAcc acc) => new(acc.Value);
}

public struct MaxAgg : IAggregateFunction<I64, MinMaxAcc, I64>
{
    public static MinMaxAcc Init() => default;

    public static void Add(ref MinMaxAcc acc, in I64 value, long weight)
    {
        if (!acc.Has || value.V > acc.Value) acc = new MinMaxAcc { Has = true, Value = value.V };
    }

    public static I64 Finish(in MinMaxAcc acc) => new(acc.Value);
}

/// <summary>Descending order.</summary>
public struct Desc : IRowComparer<I64>
{
    public static int Compare(in I64 a, in I64 b) => b.V.CompareTo(a.V);
}

/// <summary>Orders by v mod 3 only, so there are ties (broken by the value's own order).</summary>
public struct ByMod3 : IRowComparer<I64>
{
    public static int Compare(in I64 a, in I64 b) => (a.V % 3).CompareTo(b.V % 3);
}
