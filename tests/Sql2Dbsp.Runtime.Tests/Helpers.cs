using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>Terse Z-set literals.</summary>
public static class Z
{
    public static ZSet<I64> I(params (long V, long W)[] entries)
    {
        var b = new ZSetBuilder<I64>();
        foreach (var (v, w) in entries) b.Add(new I64(v), w);
        return b.Build();
    }

    public static ZSet<Pair> P(params (long A, long B, long W)[] entries)
    {
        var b = new ZSetBuilder<Pair>();
        foreach (var (a, bb, w) in entries) b.Add(new Pair(a, bb), w);
        return b.Build();
    }

    public static ZSet<Triple> T(params (long A, long B, long C, long W)[] entries)
    {
        var b = new ZSetBuilder<Triple>();
        foreach (var (a, bb, c, w) in entries) b.Add(new Triple(a, bb, c), w);
        return b.Build();
    }

    public static ZSet<KV<I64, I64>> KV(params (long K, long V, long W)[] entries)
    {
        var b = new ZSetBuilder<KV<I64, I64>>();
        foreach (var (k, v, w) in entries) b.Add(new KV<I64, I64>(k, v), w);
        return b.Build();
    }

    public static ZSet<KV<I64, Pair>> KVP(params (long K, long A, long B, long W)[] entries)
    {
        var b = new ZSetBuilder<KV<I64, Pair>>();
        foreach (var (k, a, bb, w) in entries) b.Add(new KV<I64, Pair>(k, new Pair(a, bb)), w);
        return b.Build();
    }
}

public static class AssertZ
{
    public static void Equal<T>(ZSet<T> expected, ZSet<T> actual, string? context = null) where T : struct, IRow<T>
    {
        Assert.True(ZSet<T>.IsConsolidated(actual.Entries), $"not consolidated: {actual}");
        if (!expected.Equals(actual))
        {
            Assert.Fail($"{context}\nexpected: {expected}\nactual:   {actual}\ndifference (actual - expected): {actual - expected}");
        }
    }

    public static void Consolidated<T>(ZSet<T> z) where T : struct, IRow<T> =>
        Assert.True(ZSet<T>.IsConsolidated(z.Entries), $"not consolidated: {z}");
}

/// <summary>
/// Random change streams over a small domain. In <c>valid</c> mode a deletion only removes a row currently present
/// (so the integral stays a multiset, as for SQL tables); otherwise weights are arbitrary (−2 … 3) and integrals may
/// go negative. Some steps are empty, and some retract everything present, so weights cancel to zero.
/// </summary>
public sealed class ChangeStream<T> where T : struct, IRow<T>
{
    private readonly Random _random;
    private readonly Func<Random, T> _row;
    private readonly bool _valid;
    private readonly Dictionary<T, long> _present = new();

    public ChangeStream(int seed, Func<Random, T> row, bool valid)
    {
        _random = new Random(seed);
        _row = row;
        _valid = valid;
    }

    public List<(T Row, long Weight)> Next()
    {
        var changes = new List<(T, long)>();
        int kind = _random.Next(20);
        if (kind == 0) return changes; // empty step
        if (kind == 1 && _present.Count > 0)
        {
            foreach (var (r, w) in _present) changes.Add((r, -w)); // retract all
            _present.Clear();
            return changes;
        }
        int n = _random.Next(1, 9);
        for (int i = 0; i < n; i++)
        {
            if (_valid)
            {
                if (_present.Count > 0 && _random.Next(3) == 0)
                {
                    var keys = _present.Keys.OrderBy(k => k, Comparer<T>.Create((a, b) => T.Compare(a, b))).ToList();
                    var r = keys[_random.Next(keys.Count)];
                    Change(r, -1);
                    changes.Add((r, -1));
                }
                else
                {
                    var r = _row(_random);
                    long w = _random.Next(1, 3);
                    Change(r, w);
                    changes.Add((r, w));
                }
            }
            else
            {
                var r = _row(_random);
                long w = _random.Next(-2, 4);
                if (w == 0) w = 1;
                Change(r, w);
                changes.Add((r, w));
            }
        }
        return changes;
    }

    private void Change(T row, long w)
    {
        _present.TryGetValue(row, out long old);
        if (old + w == 0) _present.Remove(row);
        else _present[row] = old + w;
    }
}
