using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Temporal filter (non-incremental): <c>σ(x, b) = Σ_{(k ↦ r, w) ∈ x, lower(b) ≤ k ≤ upper(b)} w · {r}</c>, the rows whose
/// key lies in the window that the current bounds <c>b</c> (one row: lower ↦ upper, computed from the clock) define.
/// </summary>
/// <remarks>Stateless; the reference form of <see cref="IncrementalTemporalFilterOperator{K, V}"/>.</remarks>
internal sealed class TemporalFilterOperator<K, V> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, K>> _bounds;
    private readonly Stream<V> _output;
    private readonly TemporalWindow _window;

    public TemporalFilterOperator(Stream<KV<K, V>> input, Stream<KV<K, K>> bounds, Stream<V> output, TemporalWindow window) : base("TemporalFilter")
    {
        _input = input;
        _bounds = bounds;
        _output = output;
        _window = window;
    }

    public override void Eval()
    {
        var bounds = _bounds.Value.Entries;
        if (bounds.Length == 0)
        {
            _output.Value = ZSet<V>.Empty;
            return;
        }
        var b = bounds[^1].Row;
        var result = new ZSetBuilder<V>();
        foreach (ref readonly var e in _input.Value.Entries)
            if (_window.Contains(e.Row.Key, b.Key, b.Value)) result.Add(e.Row.Value, e.Weight);
        _output.Value = result.Build();
    }
}
