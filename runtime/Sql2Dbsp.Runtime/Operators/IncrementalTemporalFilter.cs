using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Incremental temporal filter: rows enter and leave the output as the clock moves the window, without rescanning.
/// With W = the window of the new bounds and W' that of the previous ones, and I' = z⁻¹I(x) indexed by key:
/// <c>Δout = σ_W(Δx) + σ_{W∖W'}(I') − σ_{W'∖W}(I')</c>. Only the keys between the old and the new value of each bound
/// can change membership, so the integral is read in those two key ranges only.
/// </summary>
/// <remarks>
/// State: <see cref="IncrementalTemporalFilterState{K, V}"/>, the integral of the input as a spine ordered by key, and
/// the last bounds. The clock never goes back (the pipeline keeps it monotonic), so a row that fell below the lower
/// bound can never come back: it is dropped from the state when it leaves, and an input row already below the lower
/// bound is not stored at all. Work per step: O((|Δx| + rows crossing a bound) · log).
/// </remarks>
internal sealed class IncrementalTemporalFilterOperator<K, V> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, K>> _bounds;
    private readonly Stream<V> _output;
    private readonly TemporalWindow _window;
    private readonly IncrementalTemporalFilterState<K, V> _state = new();

    public IncrementalTemporalFilterOperator(Stream<KV<K, V>> input, Stream<KV<K, K>> bounds, Stream<V> output, TemporalWindow window, string id)
        : base("IncrementalTemporalFilter", id)
    {
        _input = input;
        _bounds = bounds;
        _output = output;
        _window = window;
    }

    public override object State => _state;

    public override void Eval()
    {
        var state = _state;
        var result = new ZSetBuilder<V>();
        bool hadBounds = state.HasBounds;
        var old = state.Bounds;
        foreach (ref readonly var e in _bounds.Value.Entries)
        {
            if (e.Weight <= 0) continue;
            state.Bounds = e.Row;
            state.HasBounds = true;
        }
        var now = state.Bounds;
        if (state.HasBounds && (!hadBounds || !KV<K, K>.AreEqual(old, now)))
        {
            var dropped = new ZSetBuilder<KV<K, V>>();
            if (!hadBounds) Scan(state.Integral, now, null, result, dropped, hadBounds: false, old);
            else
            {
                // The keys whose membership can change lie between the old and the new value of each bound.
                var ranges = new List<(K From, K To)>(2);
                if (_window.HasLower) ranges.Add(Ordered(old.Key, now.Key));
                if (_window.HasUpper) ranges.Add(Ordered(old.Value, now.Value));
                if (ranges.Count == 2 && K.Compare(ranges[1].From, ranges[0].To) <= 0 && K.Compare(ranges[0].From, ranges[1].To) <= 0)
                    ranges = [(Min(ranges[0].From, ranges[1].From), Max(ranges[0].To, ranges[1].To))];
                foreach (var (from, to) in ranges) Scan(state.Integral, now, (from, to), result, dropped, hadBounds: true, old);
            }
            if (dropped.Count > 0) state.Integral.Insert(dropped.Build());
        }

        var dx = _input.Value;
        if (!dx.IsEmpty)
        {
            var kept = new ZSetBuilder<KV<K, V>>(dx.Count);
            foreach (ref readonly var e in dx.Entries)
            {
                if (state.HasBounds && _window.Contains(e.Row.Key, now.Key, now.Value)) result.Add(e.Row.Value, e.Weight);
                if (!(state.HasBounds && BelowLower(e.Row.Key, now.Key))) kept.Add(e.Row, e.Weight);
            }
            if (kept.Count > 0) state.Integral.Insert(kept.Build());
        }
        _output.Value = result.Build();
    }

    /// <summary>
    /// Emits the change of membership of the stored rows with keys in <paramref name="range"/> (all rows when null),
    /// and collects (negated) the rows that fell below the lower bound, which will never come back.
    /// </summary>
    private void Scan(Spine<KV<K, V>> integral, KV<K, K> now, (K From, K To)? range, ZSetBuilder<V> result,
        ZSetBuilder<KV<K, V>> dropped, bool hadBounds, KV<K, K> old)
    {
        foreach (var batch in integral.Batches)
        {
            var s = batch.Entries;
            int i = range is { } r ? Search.LowerBound<KV<K, V>, K, KeyProbe<K, V>>(s, 0, r.From) : 0;
            for (; i < s.Length; i++)
            {
                ref readonly var e = ref s[i];
                if (range is { } r2 && K.Compare(e.Row.Key, r2.To) > 0) break;
                bool wasIn = hadBounds && _window.Contains(e.Row.Key, old.Key, old.Value);
                bool isIn = _window.Contains(e.Row.Key, now.Key, now.Value);
                if (wasIn != isIn) result.Add(e.Row.Value, isIn ? e.Weight : -e.Weight);
                if (BelowLower(e.Row.Key, now.Key)) dropped.Add(e.Row, -e.Weight);
            }
        }
    }

    private bool BelowLower(in K key, in K lower)
    {
        if (!_window.HasLower) return false;
        int c = K.Compare(key, lower);
        return c < 0 || c == 0 && !_window.LowerInclusive;
    }

    private static (K, K) Ordered(K a, K b) => K.Compare(a, b) <= 0 ? (a, b) : (b, a);
    private static K Min(K a, K b) => K.Compare(a, b) <= 0 ? a : b;
    private static K Max(K a, K b) => K.Compare(a, b) >= 0 ? a : b;
}

/// <summary>State of <see cref="IncrementalTemporalFilterOperator{K, V}"/>: the integral of the input and the last bounds.</summary>
internal sealed class IncrementalTemporalFilterState<K, V> : IOperatorState
    where K : struct, IRow<K>
    where V : struct, IRow<V>
{
    public Spine<KV<K, V>> Integral { get; } = new();
    public KV<K, K> Bounds { get; set; }
    public bool HasBounds { get; set; }

    public void Save(ref StateWriter writer)
    {
        TraceStorage.WriteSpine(ref writer, Integral);
        writer.WriteBool(HasBounds);
        if (HasBounds) RowCodec<KV<K, K>>.Instance.Write(ref writer, Bounds);
    }

    public void Load(ref StateReader reader)
    {
        TraceStorage.ReadSpine(ref reader, Integral);
        HasBounds = reader.ReadBool();
        Bounds = HasBounds ? RowCodec<KV<K, K>>.Instance.Read(ref reader) : default;
    }
}
