using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Incremental top-k: <c>Δout = topk(I(x)) − topk(z⁻¹I(x))</c>, computed only for the keys of <c>Δx</c>: each such
/// key's window is recomputed from its consolidated values in <c>I(x)</c> exactly as
/// <see cref="TopKOperator{K, V, C}"/> does, and the difference with the key's previous window is emitted.
/// </summary>
/// <remarks>
/// State: <see cref="IncrementalTopKState{K, V}"/>, a spine of <c>I(x)</c> and a spine of <c>I(out)</c> (the current
/// window of every key). Work per step: O(Σ over changed keys of group size · log), plus amortised merges.
/// </remarks>
internal sealed class IncrementalTopKOperator<K, V, C> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where C : IRowComparer<V>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, V>> _output;
    private readonly IncrementalTopKState<K, V> _state = new();
    private readonly TopKKernel<V, C> _kernel;
    private readonly SpineCursor<K, V> _inCursor;
    private readonly SpineCursor<K, V> _outCursor;
    private readonly ZSetBuilder<KV<K, V>> _builder = new();

    public IncrementalTopKOperator(Stream<KV<K, V>> input, Stream<KV<K, V>> output, long limit, long offset, string id)
        : base("IncrementalTopK", id)
    {
        _input = input;
        _output = output;
        _kernel = new TopKKernel<V, C>(limit, offset);
        _inCursor = new SpineCursor<K, V>(_state.Input);
        _outCursor = new SpineCursor<K, V>(_state.Output);
    }

    public override object State => _state;

    public override void Eval()
    {
        var dx = _input.Value;
        if (dx.IsEmpty)
        {
            _output.Value = ZSet<KV<K, V>>.Empty;
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

/// <summary>State of <see cref="IncrementalTopKOperator{K, V, C}"/>.</summary>
internal sealed class IncrementalTopKState<K, V> : IOperatorState where K : struct, IRow<K> where V : struct, IRow<V>
{
    /// <summary>I(x): the integrated input.</summary>
    public Spine<KV<K, V>> Input { get; } = new();

    /// <summary>I(out): the current window of every key.</summary>
    public Spine<KV<K, V>> Output { get; } = new();

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
