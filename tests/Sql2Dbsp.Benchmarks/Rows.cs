using System.Globalization;
using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Benchmarks;

/// <summary>A BIGINT column.</summary>
public struct L : IRowValues<L>
{
    public long V;

    public L(long v) => V = v;

    public static int Arity => 1;
    public static int Compare(in L a, in L b) => a.V.CompareTo(b.V);
    public static bool AreEqual(in L a, in L b) => a.V == b.V;
    public static int Hash(in L row) => row.V.GetHashCode();
    public static L FromValues(ReadOnlySpan<object?> values) => new(Convert.ToInt64(values[0], CultureInfo.InvariantCulture));
    public static void ToValues(in L row, Span<object?> values) => values[0] = row.V;
}

/// <summary>(key BIGINT, value BIGINT).</summary>
public struct Row2 : IRowValues<Row2>
{
    public long K;
    public long V;

    public Row2(long k, long v)
    {
        K = k;
        V = v;
    }

    public static int Arity => 2;

    public static int Compare(in Row2 a, in Row2 b)
    {
        int c = a.K.CompareTo(b.K);
        return c != 0 ? c : a.V.CompareTo(b.V);
    }

    public static bool AreEqual(in Row2 a, in Row2 b) => a.K == b.K && a.V == b.V;
    public static int Hash(in Row2 row) => HashCode.Combine(row.K, row.V);
    public static Row2 FromValues(ReadOnlySpan<object?> values) => throw new NotSupportedException();
    public static void ToValues(in Row2 row, Span<object?> values) => throw new NotSupportedException();
}

/// <summary>(key, left value, right value).</summary>
public struct Row3 : IRowValues<Row3>
{
    public long K;
    public long L;
    public long R;

    public Row3(long k, long l, long r)
    {
        K = k;
        L = l;
        R = r;
    }

    public static int Arity => 3;

    public static int Compare(in Row3 a, in Row3 b)
    {
        int c = a.K.CompareTo(b.K);
        if (c != 0) return c;
        c = a.L.CompareTo(b.L);
        return c != 0 ? c : a.R.CompareTo(b.R);
    }

    public static bool AreEqual(in Row3 a, in Row3 b) => a.K == b.K && a.L == b.L && a.R == b.R;
    public static int Hash(in Row3 row) => HashCode.Combine(row.K, row.L, row.R);
    public static Row3 FromValues(ReadOnlySpan<object?> values) => throw new NotSupportedException();
    public static void ToValues(in Row3 row, Span<object?> values) => throw new NotSupportedException();
}

public struct ByK : IIndexFunction<Row2, L, L>
{
    public static void Split(in Row2 row, out L key, out L value)
    {
        key = new L(row.K);
        value = new L(row.V);
    }
}

public struct JoinRow : IJoinFunction<L, L, L, Row3>
{
    public static bool Join(in L key, in L left, in L right, out Row3 result)
    {
        result = new Row3(key.V, left.V, right.V);
        return true;
    }
}

public struct CountSum
{
    public long Count;
    public long Sum;
}

public struct SumAgg : IAggregateFunction<L, CountSum, L>
{
    public static CountSum Init() => default;

    public static void Add(ref CountSum acc, in L value, long weight)
    {
        acc.Count += weight;
        acc.Sum = checked(acc.Sum + value.V * weight);
    }

    public static L Finish(in CountSum acc) => new(acc.Sum);
}

public struct Flatten : IMapFunction<KV<L, L>, Row2>
{
    public static Row2 Map(in KV<L, L> row) => new(row.Key.V, row.Value.V);
}
