using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Incremental distinct: <c>Δout = distinct(I(x)) − distinct(z⁻¹I(x))</c>, computed only for the rows of
/// <c>Δx</c>: with <c>old</c> = weight of the row in <c>z⁻¹I(x)</c> and <c>new = old + Δw</c>, emit +1 when
/// <c>old ≤ 0 &lt; new</c> and −1 when <c>new ≤ 0 &lt; old</c>.
/// With <c>keepWeights</c> it is the incremental positive part instead (EXCEPT ALL, INTERSECT ALL):
/// <c>Δout = pos(I(x)) − pos(z⁻¹I(x))</c> with <c>pos(w) = max(w, 0)</c>, i.e. emit <c>max(new, 0) − max(old, 0)</c>.
/// </summary>
/// <remarks>
/// State: <see cref="IncrementalDistinctState{T}"/>, a spine holding <c>I(x)</c>. The rows of Δx are sorted, so the
/// lookups gallop forward through each batch. Output is produced in order (consolidated without sorting).
/// Work per step: O(|Δx| · log) plus the amortised spine merges.
/// </remarks>
internal sealed class IncrementalDistinctOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;
    private readonly IncrementalDistinctState<T> _state = new();
    private readonly bool _keepWeights;
    private int[] _positions = Array.Empty<int>();

    public IncrementalDistinctOperator(Stream<T> input, Stream<T> output, string id, bool keepWeights = false)
        : base(keepWeights ? "IncrementalPositive" : "IncrementalDistinct", id)
    {
        _input = input;
        _output = output;
        _keepWeights = keepWeights;
    }

    public override object State => _state;

    public override void Eval()
    {
        var dx = _input.Value;
        if (dx.IsEmpty)
        {
            _output.Value = ZSet<T>.Empty;
            return;
        }
        var batches = _state.Integral.BatchList;
        if (_positions.Length < batches.Count) _positions = new int[batches.Count];
        Array.Clear(_positions);
        var d = dx.Entries;
        var result = new ZEntry<T>[d.Length];
        int k = 0;
        for (int i = 0; i < d.Length; i++)
        {
            ref readonly var e = ref d[i];
            long old = 0;
            for (int b = 0; b < batches.Count; b++)
            {
                var s = batches[b].Entries;
                int p = Search.GallopLowerBound<T, T, RowProbe<T>>(s, _positions[b], e.Row);
                _positions[b] = p;
                if (p < s.Length && T.AreEqual(s[p].Row, e.Row)) old = checked(old + s[p].Weight);
            }
            long now = checked(old + e.Weight);
            long change = _keepWeights
                ? Math.Max(now, 0) - Math.Max(old, 0)
                : (now > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
            if (change != 0) result[k++] = new ZEntry<T>(e.Row, change);
        }
        _state.Integral.Insert(dx);
        _output.Value = ZSet<T>.FromConsolidated(result, k);
    }
}

/// <summary>State of <see cref="IncrementalDistinctOperator{T}"/>: the integral of the input.</summary>
internal sealed class IncrementalDistinctState<T> : IOperatorState where T : struct, IRow<T>
{
    public Spine<T> Integral { get; } = new();

    public void Save(ref StateWriter writer) => TraceStorage.WriteSpine(ref writer, Integral);

    public void Load(ref StateReader reader) => TraceStorage.ReadSpine(ref reader, Integral);
}
