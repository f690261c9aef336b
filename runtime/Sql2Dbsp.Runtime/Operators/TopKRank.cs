using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Which number a window rank gives: ROW_NUMBER (1, 2, 3, …), RANK (peers share, gaps after), DENSE_RANK (peers share, no gaps).</summary>
public enum RankKind
{
    /// <summary>ROW_NUMBER(): every row its own number; ties are broken by the row's own order.</summary>
    RowNumber,

    /// <summary>RANK(): 1 + the number of rows strictly before the row's peers.</summary>
    Rank,

    /// <summary>DENSE_RANK(): 1 + the number of distinct peer groups before the row's.</summary>
    DenseRank,
}

/// <summary>
/// Top-k rank (non-incremental): per key, the values of positive weight sorted by <c>C</c> (ties broken by the
/// value's own order), each numbered as <see cref="RankKind"/> says (a value of weight w is w rows; ROW_NUMBER gives
/// each copy its own number), keeping the rows numbered up to <c>limit</c> (all when <c>limit &lt; 0</c>); the
/// output row is <c>F(value, number)</c>.
/// </summary>
/// <remarks>Stateless, not linear. Output in key then value order (consolidated).</remarks>
internal sealed class TopKRankOperator<K, V, TOut, C, F> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where TOut : struct, IRow<TOut>
    where C : IRowComparer<V>
    where F : IRankFunction<V, TOut>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, TOut>> _output;
    private readonly RankKernel<V, TOut, C, F> _kernel;
    private readonly ZSetBuilder<KV<K, TOut>> _builder = new();

    public TopKRankOperator(Stream<KV<K, V>> input, Stream<KV<K, TOut>> output, RankKind kind, long limit) : base("TopKRank")
    {
        _input = input;
        _output = output;
        _kernel = new RankKernel<V, TOut, C, F>(kind, limit);
    }

    public override void Eval()
    {
        var x = _input.Value.Entries;
        _builder.Clear();
        foreach (var g in IndexedZSet.KeyGroups(x))
        {
            _kernel.Begin();
            for (int i = g.Start; i < g.End; i++) _kernel.Offer(x[i].Row.Value, x[i].Weight);
            ref readonly K key = ref x[g.Start].Row.Key;
            foreach (ref readonly var e in _kernel.Compute()) _builder.Add(new KV<K, TOut>(key, e.Row), e.Weight);
        }
        _output.Value = _builder.Build();
    }
}

/// <summary>
/// Incremental top-k rank: <c>Δout = rank(I(x)) − rank(z⁻¹I(x))</c> for the keys of <c>Δx</c> only: each such key's
/// numbered window is recomputed from its values in <c>I(x)</c> and the difference with its previous window emitted.
/// </summary>
/// <remarks>
/// State: a spine of <c>I(x)</c> and one of <c>I(out)</c> (the kept rows of every key, at most <c>limit</c> per key
/// with ROW_NUMBER), the same shape as a general aggregate's (<see cref="IncrementalAggregateState{K, V, TOut}"/>). Work per step: O(Σ over changed keys of
/// group size · log), plus amortised merges.
/// </remarks>
internal sealed class IncrementalTopKRankOperator<K, V, TOut, C, F> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where TOut : struct, IRow<TOut>
    where C : IRowComparer<V>
    where F : IRankFunction<V, TOut>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, TOut>> _output;
    private readonly IncrementalAggregateState<K, V, TOut> _state = new();
    private readonly RankKernel<V, TOut, C, F> _kernel;
    private readonly SpineCursor<K, V> _inCursor;
    private readonly SpineCursor<K, TOut> _outCursor;
    private readonly ZSetBuilder<KV<K, TOut>> _builder = new();

    public IncrementalTopKRankOperator(Stream<KV<K, V>> input, Stream<KV<K, TOut>> output, RankKind kind, long limit, string id)
        : base("IncrementalTopKRank", id)
    {
        _input = input;
        _output = output;
        _kernel = new RankKernel<V, TOut, C, F>(kind, limit);
        _inCursor = new SpineCursor<K, V>(_state.Input);
        _outCursor = new SpineCursor<K, TOut>(_state.Output);
    }

    public override object State => _state;

    public override void Eval()
    {
        var dx = _input.Value;
        if (dx.IsEmpty)
        {
            _output.Value = ZSet<KV<K, TOut>>.Empty;
            return;
        }
        _state.Input.Insert(dx);
        _inCursor.Reset();
        _outCursor.Reset();
        _builder.Clear();
        var d = dx.Entries;
        foreach (var g in IndexedZSet.KeyGroups(d))
        {
            ref readonly K key = ref d[g.Start].Row.Key;
            _inCursor.Seek(key);
            _kernel.Begin();
            foreach (ref readonly var e in _inCursor.Values()) _kernel.Offer(e.Row, e.Weight);
            var now = _kernel.Compute();
            _outCursor.Seek(key);
            AggregateKernel.EmitDifference(key, now, _outCursor.Values(), _builder);
        }
        var delta = _builder.Build();
        _state.Output.Insert(delta);
        _output.Value = delta;
    }
}

/// <summary>The numbering of one group, with reusable buffers.</summary>
internal sealed class RankKernel<V, TOut, C, F>
    where V : struct, IRow<V>
    where TOut : struct, IRow<TOut>
    where C : IRowComparer<V>
    where F : IRankFunction<V, TOut>
{
    private readonly RankKind _kind;
    private readonly long _limit; // long.MaxValue when unlimited
    private ZEntry<V>[] _candidates = new ZEntry<V>[16];
    private readonly List<ZEntry<TOut>> _result = new();
    private ZEntry<TOut>[] _sorted = new ZEntry<TOut>[16];
    private int _count;

    public RankKernel(RankKind kind, long limit)
    {
        _kind = kind;
        _limit = limit < 0 ? long.MaxValue : limit;
    }

    public void Begin() => _count = 0;

    /// <summary>Offers one consolidated value of the group; non-positive weights are ignored.</summary>
    public void Offer(in V value, long weight)
    {
        if (weight <= 0) return;
        if (_count == _candidates.Length) Array.Resize(ref _candidates, _count * 2);
        _candidates[_count++] = new ZEntry<V>(value, weight);
    }

    /// <summary>The numbered rows kept, sorted by the output row's order and consolidated. Valid until the next call.</summary>
    public ReadOnlySpan<ZEntry<TOut>> Compute()
    {
        _result.Clear();
        var cands = _candidates.AsSpan(0, _count);
        Sorter.Sort<ZEntry<V>, TopKOrder<V, C>>(cands);
        long before = 0, groups = 0, number = 0;
        for (int i = 0; i < cands.Length; i++)
        {
            ref readonly var c = ref cands[i];
            bool peer = i > 0 && C.Compare(cands[i - 1].Row, c.Row) == 0;
            if (!peer) groups++;
            if (_kind == RankKind.RowNumber)
            {
                for (long j = 0; j < c.Weight && before + j < _limit; j++)
                    _result.Add(new ZEntry<TOut>(F.Rank(c.Row, new RankValue(before + j + 1)), 1));
            }
            else
            {
                if (!peer) number = _kind == RankKind.Rank ? before + 1 : groups;
                if (number > _limit) break;
                _result.Add(new ZEntry<TOut>(F.Rank(c.Row, new RankValue(number)), c.Weight));
            }
            before = checked(before + c.Weight);
            if (_kind == RankKind.RowNumber && before >= _limit) break;
        }
        if (_sorted.Length < _result.Count) _sorted = new ZEntry<TOut>[Math.Max(_result.Count, _sorted.Length * 2)];
        var sorted = _sorted.AsSpan(0, _result.Count);
        _result.CopyTo(sorted);
        Sorter.Sort<ZEntry<TOut>, EntryOrder<TOut>>(sorted);
        // Distinct values give distinct rows (the output holds the value), so only equal copies can meet: merge them.
        int k = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (k > 0 && TOut.Compare(sorted[k - 1].Row, sorted[i].Row) == 0)
                sorted[k - 1] = new ZEntry<TOut>(sorted[k - 1].Row, checked(sorted[k - 1].Weight + sorted[i].Weight));
            else sorted[k++] = sorted[i];
        }
        return sorted[..k];
    }
}
