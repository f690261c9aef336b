using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Incremental aggregate (general; for non-linear aggregates such as MIN, MAX or aggregates over DISTINCT values):
/// <c>Δout = agg(I(x)) − agg(z⁻¹I(x))</c>, computed only for the keys of <c>Δx</c>. For each such key the group is
/// recomputed from its consolidated values in <c>I(x)</c> exactly as <see cref="AggregateOperator{K, V, A, TOut, F}"/>
/// does (positive weights only; no group when none), and compared with the key's previous output: when they
/// differ, emit −old +new.
/// </summary>
/// <remarks>
/// State: <see cref="IncrementalAggregateState{K, V, TOut}"/>, a spine of <c>I(x)</c> and a spine of <c>I(out)</c>
/// (the previous output per key). Work per step: O(Σ over changed keys of the group size), plus amortised merges;
/// retractions (deleting the current MIN) are handled by recomputing the group.
/// </remarks>
internal sealed class IncrementalAggregateOperator<K, V, A, TOut, F> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where A : struct
    where TOut : struct, IRow<TOut>
    where F : IAggregateFunction<V, A, TOut>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, TOut>> _output;
    private readonly IncrementalAggregateState<K, V, TOut> _state = new();
    private readonly SpineCursor<K, V> _inCursor;
    private readonly SpineCursor<K, TOut> _outCursor;
    private readonly ZSetBuilder<KV<K, TOut>> _builder = new();
    private readonly ZEntry<TOut>[] _now = new ZEntry<TOut>[1];

    public IncrementalAggregateOperator(Stream<KV<K, V>> input, Stream<KV<K, TOut>> output, string id)
        : base("IncrementalAggregate", id)
    {
        _input = input;
        _output = output;
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
            bool exists = AggregateKernel.FoldPositive<V, A, TOut, F>(_inCursor.Values(), out TOut result);
            _outCursor.Seek(key);
            var old = _outCursor.Values();
            ReadOnlySpan<ZEntry<TOut>> now = default;
            if (exists)
            {
                _now[0] = new ZEntry<TOut>(result, 1);
                now = _now;
            }
            AggregateKernel.EmitDifference(key, now, old, _builder);
        }
        var delta = _builder.Build();
        _state.Output.Insert(delta);
        _output.Value = delta;
    }
}

/// <summary>State of <see cref="IncrementalAggregateOperator{K, V, A, TOut, F}"/>.</summary>
internal sealed class IncrementalAggregateState<K, V, TOut> : IOperatorState
    where K : struct, IRow<K> where V : struct, IRow<V> where TOut : struct, IRow<TOut>
{
    /// <summary>I(x): the integrated input.</summary>
    public Spine<KV<K, V>> Input { get; } = new();

    /// <summary>I(out): the current aggregate of every group.</summary>
    public Spine<KV<K, TOut>> Output { get; } = new();

    public void Save(ref StateWriter writer)
    {
        TraceStorage.WriteSpine(ref writer, Input);
        TraceStorage.WriteSpine(ref writer, Output);
    }

    public void Load(ref StateReader reader)
    {
        TraceStorage.ReadSpine(ref reader, Input);
        TraceStorage.ReadSpine(ref reader, Output);
    }
}
