using System.Runtime.CompilerServices;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Top-k (non-incremental; ORDER BY … LIMIT … OFFSET per key, also ROW_NUMBER-style filters): for each key, the
/// values of positive weight are sorted by <c>C</c> (ties broken by the value's own order, for determinism), each
/// value counted as many times as its weight; the first <c>offset</c> rows are skipped and the next <c>limit</c>
/// kept (all when <c>limit &lt; 0</c>). A value keeps the weight equal to the number of its copies inside the window.
/// </summary>
/// <remarks>Stateless, not linear. Output in key then value order (consolidated).</remarks>
internal sealed class TopKOperator<K, V, C> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where C : IRowComparer<V>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, V>> _output;
    private readonly TopKKernel<V, C> _kernel;
    private readonly ZSetBuilder<KV<K, V>> _builder = new();

    public TopKOperator(Stream<KV<K, V>> input, Stream<KV<K, V>> output, long limit, long offset) : base("TopK")
    {
        _input = input;
        _output = output;
        _kernel = new TopKKernel<V, C>(limit, offset);
    }

    public override void Eval()
    {
        var x = _input.Value.Entries;
        _builder.Clear();
        foreach (var g in IndexedZSet.KeyGroups(x))
        {
            _kernel.Begin();
            for (int i = g.Start; i < g.End; i++) _kernel.Offer(x[i].Row.Value, x[i].Weight);
            var top = _kernel.Compute();
            ref readonly K key = ref x[g.Start].Row.Key;
            foreach (ref readonly var e in top) _builder.Add(new KV<K, V>(key, e.Row), e.Weight);
        }
        _output.Value = _builder.Build();
    }
}

/// <summary>Orders values by the top-k comparer, then by their own order.</summary>
internal readonly struct TopKOrder<V, C> : IStaticComparer<ZEntry<V>> where V : struct, IRow<V> where C : IRowComparer<V>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in ZEntry<V> a, in ZEntry<V> b)
    {
        int c = C.Compare(a.Row, b.Row);
        return c != 0 ? c : V.Compare(a.Row, b.Row);
    }
}

/// <summary>The per-group top-k computation, with reusable buffers.</summary>
internal sealed class TopKKernel<V, C> where V : struct, IRow<V> where C : IRowComparer<V>
{
    private readonly long _offset;
    private readonly long _end; // offset + limit, saturated; long.MaxValue when unlimited
    private ZEntry<V>[] _candidates = new ZEntry<V>[16];
    private ZEntry<V>[] _result = new ZEntry<V>[16];
    private int _count;

    public TopKKernel(long limit, long offset)
    {
        _offset = offset;
        _end = limit < 0 || limit > long.MaxValue - offset ? long.MaxValue : offset + limit;
    }

    public void Begin() => _count = 0;

    /// <summary>Offers one consolidated value of the group; non-positive weights are ignored.</summary>
    public void Offer(in V value, long weight)
    {
        if (weight <= 0) return;
        if (_count == _candidates.Length) Array.Resize(ref _candidates, _count * 2);
        _candidates[_count++] = new ZEntry<V>(value, weight);
    }

    /// <summary>The kept values with their multiplicities in the window, sorted by value order. Valid until the next call.</summary>
    public ReadOnlySpan<ZEntry<V>> Compute()
    {
        if (_count == 0 || _end <= _offset) return default;
        var cands = _candidates.AsSpan(0, _count);
        Sorter.Sort<ZEntry<V>, TopKOrder<V, C>>(cands);
        if (_result.Length < _count) _result = new ZEntry<V>[Math.Max(_count, _result.Length * 2)];
        int k = 0;
        long position = 0; // rank of the first copy of the current value
        for (int i = 0; i < cands.Length && position < _end; i++)
        {
            long next = position > long.MaxValue - cands[i].Weight ? long.MaxValue : position + cands[i].Weight;
            long lo = Math.Max(position, _offset);
            long hi = Math.Min(next, _end);
            if (hi > lo) _result[k++] = new ZEntry<V>(cands[i].Row, hi - lo);
            position = next;
        }
        var result = _result.AsSpan(0, k);
        Sorter.Sort<ZEntry<V>, EntryOrder<V>>(result);
        return result;
    }
}
