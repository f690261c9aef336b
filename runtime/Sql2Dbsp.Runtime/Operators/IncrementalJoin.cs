using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Incremental equi-join: <c>Δ(x ⋈ y) = Δx ⋈ z⁻¹I(y) + I(x) ⋈ Δy</c> (= Δx⋈Δy + Δx⋈z⁻¹I(y) + z⁻¹I(x)⋈Δy).
/// Joins Δx against every batch of the right trace, inserts Δx into the left trace, then joins every batch of
/// the (updated) left trace against Δy, and finally inserts Δy into the right trace. Output consolidated, unless
/// every reader accepts it unconsolidated (then it is sorted only where the next index sorts it anyway).
/// </summary>
/// <remarks>
/// State: <see cref="IncrementalJoinState{K, VL, VR}"/>, spines of <c>I(x)</c> and <c>I(y)</c>. Work per step:
/// O((|Δx| + |Δy|) · batches + output) via fence-indexed probes with prefetching (<see cref="JoinKernel"/>), plus amortised spine merges.
/// </remarks>
internal sealed class IncrementalJoinOperator<K, VL, VR, TOut, F> : Operator
    where K : struct, IRow<K>
    where VL : struct, IRow<VL>
    where VR : struct, IRow<VR>
    where TOut : struct, IRow<TOut>
    where F : IJoinFunction<K, VL, VR, TOut>
{
    private readonly Stream<KV<K, VL>> _left;
    private readonly Stream<KV<K, VR>> _right;
    private readonly Stream<TOut> _output;
    private readonly IncrementalJoinState<K, VL, VR> _state = new();
    private readonly ZSetBuilder<TOut> _builder = new();

    public IncrementalJoinOperator(Stream<KV<K, VL>> left, Stream<KV<K, VR>> right, Stream<TOut> output, string id)
        : base("IncrementalJoin", id)
    {
        _left = left;
        _right = right;
        _output = output;
    }

    public override object State => _state;

    public override void Eval()
    {
        var dx = _left.Value;
        var dy = _right.Value;
        _builder.Reset(0);
        if (!dx.IsEmpty)
        {
            var batches = _state.Right.BatchList;
            for (int b = 0; b < batches.Count; b++)
            {
                JoinKernel.Join<K, VL, VR, TOut, F>(dx, batches[b], _builder);
            }
            _state.Left.Insert(dx);
        }
        if (!dy.IsEmpty)
        {
            var batches = _state.Left.BatchList;
            for (int b = 0; b < batches.Count; b++)
            {
                JoinKernel.Join<K, VL, VR, TOut, F>(batches[b], dy, _builder);
            }
            _state.Right.Insert(dy);
        }
        if (_output.AcceptsRaw) _output.SetRaw(_builder.Buffer, _builder.Count);
        else _output.SetValue(_builder.Build());
    }
}

/// <summary>State of <see cref="IncrementalJoinOperator{K, VL, VR, TOut, F}"/>: the integrals of both inputs.</summary>
internal sealed class IncrementalJoinState<K, VL, VR> : IOperatorState
    where K : struct, IRow<K> where VL : struct, IRow<VL> where VR : struct, IRow<VR>
{
    public Spine<KV<K, VL>> Left { get; } = new();
    public Spine<KV<K, VR>> Right { get; } = new();

    public void Save(ref StateWriter writer)
    {
        TraceStorage.WriteSpine(ref writer, Left);
        TraceStorage.WriteSpine(ref writer, Right);
    }

    public void Load(ref StateReader reader)
    {
        TraceStorage.ReadSpine(ref reader, Left);
        TraceStorage.ReadSpine(ref reader, Right);
    }
}
