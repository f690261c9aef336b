using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Index: turns a Z-set into an indexed Z-set, <c>index_F(x) = Σ_{(r, w) ∈ x} w · {(k, v)}</c> where
/// <c>F(r) = (k, v)</c>; consolidated by key, then value, unless every reader accepts it unconsolidated (a linear
/// aggregate groups a large first step by hashing instead).
/// </summary>
/// <remarks>Linear and stateless: <c>index(Δx) = Δ(index(x))</c>.</remarks>
internal sealed class IndexOperator<TIn, K, V, F> : Operator
    where TIn : struct, IRow<TIn>
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where F : IIndexFunction<TIn, K, V>
{
    private readonly Stream<TIn> _input;
    private readonly Stream<KV<K, V>> _output;
    private readonly ZSetBuilder<KV<K, V>> _builder = new();

    public IndexOperator(Stream<TIn> input, Stream<KV<K, V>> output) : base("Index")
    {
        _input = input;
        _output = output;
    }

    public override void Eval()
    {
        var entries = _input.Entries(out _);
        _builder.Reset(entries.Length);
        KV<K, V> kv;
        foreach (ref readonly var e in entries)
        {
            F.Split(e.Row, out kv.Key, out kv.Value);
            _builder.Add(kv, e.Weight);
        }
        if (_output.AcceptsRaw) _output.SetRaw(_builder.Buffer, _builder.Count);
        else _output.SetValue(_builder.Build());
    }
}
